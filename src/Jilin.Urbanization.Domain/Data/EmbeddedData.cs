using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Errata;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// Reads the package's embedded resources: the seed texts and the curated files beside them. A missing,
/// tampered or truncated resource fails with a <see cref="PolicyDataException"/> that names it, never a
/// null-stream error from deep inside a type initializer.
/// </summary>
internal static class EmbeddedData
{
    public const string SeedPrefix = "Jilin.Urbanization.Domain.Seeds.";
    public const string DataPrefix = "Jilin.Urbanization.Domain.Data.";
    public const string DepartmentsResource = DataPrefix + "departments.json";
    public const string ErrataResource = DataPrefix + "errata.json";

    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Reads a resource's bytes.</summary>
    public static byte[] ReadBytes(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new PolicyDataException(
                $"The embedded resource '{resourceName}' is missing from {Assembly.GetName().Name}; the package is damaged or was trimmed of its data. Reinstall the package.",
                resourceName);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Reads a seed's bytes and checks them against the manifest's SHA-256.</summary>
    public static byte[] ReadSeed(SeedEntry seed)
    {
        var resource = SeedPrefix + seed.FileName;
        return VerifySeed(seed, ReadBytes(resource), resource);
    }

    /// <summary>Checks a seed's bytes against the manifest's SHA-256 (tampered or truncated data is refused).</summary>
    public static byte[] VerifySeed(SeedEntry seed, byte[] bytes, string resource)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, seed.Sha256, StringComparison.Ordinal))
        {
            throw new PolicyDataException(
                $"The embedded seed '{seed.FileName}' has SHA-256 {actual}, not the expected {seed.Sha256}; it was altered or truncated ({bytes.Length} bytes).",
                resource);
        }

        return bytes;
    }

    public static DepartmentRegistry ReadDepartments() => ReadDepartments(ReadBytes(DepartmentsResource), DepartmentsResource);

    public static DepartmentRegistry ReadDepartments(byte[] json, string location)
    {
        var file = Deserialize(json, CuratedDataJsonContext.Default.DepartmentsFile, location);
        var departments = new List<Department>(file.Departments.Count);
        for (var i = 0; i < file.Departments.Count; i++)
        {
            var entry = file.Departments[i];
            if (!EnumNames.TryParse<DepartmentKind>(entry.Kind, out var kind))
            {
                throw new PolicyDataException($"'{entry.Kind}' is not a department kind.", $"{location}: $.departments[{i}].kind");
            }

            departments.Add(new Department(entry.Id, entry.Name, entry.FullName, entry.EnglishName, kind, entry.Aliases.ToValueList()));
        }

        try
        {
            return new DepartmentRegistry(departments);
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException(e.Message, location, e);
        }
    }

    public static ValueList<ErratumDefinition> ReadErrata()
    {
        var file = Deserialize(ReadBytes(ErrataResource), CuratedDataJsonContext.Default.ErrataFile, ErrataResource);
        return file.Errata.Select((e, i) =>
            EnumNames.TryParse<MeasurePart>(e.Part, out var part) && EnumNames.TryParse<ErratumKind>(e.Kind, out var kind)
                ? new ErratumDefinition(e.Document, e.Measure, part, kind, e.Verbatim, e.Correction, e.Explanation)
                : throw new PolicyDataException($"Erratum {i} has an unknown part '{e.Part}' or kind '{e.Kind}'.", $"{ErrataResource}: $.errata[{i}]"))
            .ToValueList();
    }

    private static T Deserialize<T>(byte[] json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string location)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new PolicyDataException("The file holds JSON null.", location);
        }
        catch (JsonException e)
        {
            throw new PolicyDataException($"The file is not valid: {e.Message}", $"{location}: {e.Path}", e);
        }
    }
}
