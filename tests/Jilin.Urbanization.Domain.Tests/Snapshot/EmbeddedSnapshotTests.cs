using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Snapshot;

/// <summary>
/// The package loads its catalog from a snapshot of what the parser makes of the seeds. These tests keep that
/// snapshot honest: it must be byte for byte the parser's current output, and loading it must give an equal catalog.
/// To refresh it after changing the parser or curated data: <c>UPDATE_SNAPSHOT=1 dotnet test --filter EmbeddedSnapshotTests</c>.
/// </summary>
public class EmbeddedSnapshotTests
{
    private static readonly Lazy<PolicyCatalog> Parsed = new(PolicyCatalog.ParseEmbedded);

    public static string SnapshotPath { get; } =
        Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "Resources", "catalog.snapshot");

    [Fact]
    public void The_embedded_snapshot_is_byte_for_byte_what_the_parser_makes_of_the_seeds()
    {
        var expected = CatalogSnapshotWriter.Write(Parsed.Value);
        var embedded = EmbeddedData.ReadResource(CatalogSnapshotFormat.ResourceName);
        if (!embedded.AsSpan().SequenceEqual(expected) && Environment.GetEnvironmentVariable("UPDATE_SNAPSHOT") == "1")
        {
            File.WriteAllBytes(SnapshotPath, expected);
            return; // the next build embeds it; this run still carries the old one
        }

        embedded.AsSpan().SequenceEqual(expected).Should().BeTrue(
            "the snapshot must be regenerated after a change to the parser, the seeds or the curated data: UPDATE_SNAPSHOT=1 dotnet test --filter EmbeddedSnapshotTests, then rebuild");
    }

    [Fact]
    public void Loading_the_snapshot_gives_a_catalog_equal_to_parsing_the_seeds()
    {
        var loaded = PolicyCatalog.LoadEmbedded();

        loaded.Should().Be(Parsed.Value);
        loaded.Should().NotBeSameAs(Parsed.Value);
        ToJson(loaded).Should().Equal(ToJson(Parsed.Value), "every field the JSON export carries matches too");
    }

    [Fact]
    public void Every_enum_of_the_model_is_numbered_from_1_without_gaps_as_the_snapshot_reader_checks()
    {
        // CatalogSnapshotReader.ReadEnum accepts 1 to the last member; a gap or a 0 member would let a bad value pass.
        var enums = typeof(PolicyCatalog).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();

        enums.Should().NotBeEmpty();
        foreach (var type in enums)
        {
            var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Order().ToList();
            values.Should().Equal(Enumerable.Range(1, values.Count), type.Name);
        }
    }

    private static byte[] ToJson(PolicyCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }
}
