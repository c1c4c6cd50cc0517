using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Benchmarks;

// The naive way, without this library: deserialize the exported JSON into plain classes with reflection-based
// System.Text.Json, then answer questions with LINQ scans. Property names follow the documented format.
public sealed class NaiveCatalog
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public List<NaiveDepartment> Departments { get; set; } = [];

    public List<NaiveDocument> Documents { get; set; } = [];

    public static byte[] ExportedJson { get; } = Export();

    public static NaiveCatalog Load(byte[] json) => JsonSerializer.Deserialize<NaiveCatalog>(json, Options)!;

    private static byte[] Export()
    {
        using var stream = new MemoryStream();
        PolicyCatalog.Default.WriteJson(stream);
        return stream.ToArray();
    }
}

public sealed class NaiveDepartment
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string FullName { get; set; } = "";

    public List<string> Aliases { get; set; } = [];
}

public sealed class NaiveDocument
{
    public string Id { get; set; } = "";

    public List<NaiveMeasure> Measures { get; set; } = [];
}

public sealed class NaiveMeasure
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public int Chapter { get; set; }

    public int Group { get; set; }

    public string Text { get; set; } = "";

    public string CorrectedText { get; set; } = "";

    public NaiveResponsibility Responsibility { get; set; } = new();

    public List<NaiveTarget> Targets { get; set; } = [];
}

public sealed class NaiveTarget
{
    public string Id { get; set; } = "";

    public string? Deadline { get; set; }
}

public sealed class NaiveResponsibility
{
    public string Text { get; set; } = "";

    public List<string> Departments { get; set; } = [];

    public string? Lead { get; set; }

    public string Mode { get; set; } = "";
}
