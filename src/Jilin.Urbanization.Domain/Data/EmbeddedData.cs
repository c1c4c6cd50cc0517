using Jilin.Urbanization.Domain.Identifiers;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Places;

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
    public const string PlacesResource = DataPrefix + "places.json";
    public const string AbbreviationsResource = DataPrefix + "abbreviations.json";
    public const string LabelsResource = DataPrefix + "labels.json";
    public const string DivisionsResource = DataPrefix + "divisions.json";

    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Reads a resource's bytes and checks a curated file against the SHA-256 the build recorded.</summary>
    public static byte[] ReadBytes(string resourceName)
    {
        var bytes = ReadResource(resourceName);

        // Seeds are checked against the manifest by their readers (the parser reuses that hash); every other
        // resource is checked here against the hash the build recorded.
        if (!resourceName.StartsWith(SeedPrefix, StringComparison.Ordinal))
        {
            VerifyBuildHash(resourceName, bytes);
        }

        return bytes;
    }

    /// <summary>Reads a resource's bytes into a new array, unchecked.</summary>
    public static byte[] ReadResource(string resourceName)
    {
        using var stream = OpenResource(resourceName);
        return ReadAll(stream);
    }

    /// <summary>
    /// A resource's bytes where the runtime keeps them, without copying them, unchecked (the catalog snapshot
    /// carries its own checksum). The runtimes hand out manifest resources as an <see cref="UnmanagedMemoryStream"/>
    /// over the loaded assembly image, which stays mapped while the assembly is loaded (this library's assembly is
    /// never unloaded); any other stream is copied.
    /// </summary>
    public static unsafe ReadOnlySpan<byte> ReadResourceInPlace(string resourceName)
    {
        using var stream = OpenResource(resourceName);
        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
        {
            return new ReadOnlySpan<byte>(mapped.PositionPointer, (int)mapped.Length);
        }

        return ReadAll(stream);
    }

    private static byte[] ReadAll(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static Stream OpenResource(string resourceName) =>
        Assembly.GetManifestResourceStream(resourceName)
            ?? throw new PolicyDataException(
                $"The embedded resource '{resourceName}' is missing from {Assembly.GetName().Name}; the package is damaged or was trimmed of its data. Reinstall the package.",
                resourceName);

    /// <summary>Checks a resource's bytes against the SHA-256 the build recorded for it.</summary>
    public static void VerifyBuildHash(string resourceName, ReadOnlySpan<byte> bytes)
    {
        var expected = EmbeddedResourceHashes.Expected(resourceName);
        if (expected is null)
        {
            return; // not one of the package's resources (a caller's own name); nothing was recorded
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        if (!hash.SequenceEqual(Convert.FromHexString(expected)))
        {
            throw new PolicyDataException(
                $"The embedded resource '{resourceName}' has SHA-256 {Convert.ToHexStringLower(hash)}, not the {expected.ToLowerInvariant()} recorded when the package was built; it was altered or truncated ({bytes.Length} bytes). Reinstall the package.",
                resourceName);
        }
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
        VerifySeedHash(seed, bytes, resource);
        return bytes;
    }

    /// <summary>Checks a seed's bytes against the manifest's SHA-256 and returns the hash (the manifest's own string).</summary>
    public static string VerifySeedHash(SeedEntry seed, byte[] bytes, string resource)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        if (Convert.TryToHexStringLower(hash, hex, out _) && hex.SequenceEqual(seed.Sha256))
        {
            return seed.Sha256;
        }

        var actual = Convert.ToHexStringLower(hash);
        if (!string.Equals(actual, seed.Sha256, StringComparison.Ordinal))
        {
            throw new PolicyDataException(
                $"The embedded seed '{seed.FileName}' has SHA-256 {actual}, not the expected {seed.Sha256}; it was altered or truncated ({bytes.Length} bytes).",
                resource);
        }

        return actual;
    }

    /// <summary>The curated abbreviations: department id → the abbreviations it answers to.</summary>
    public static IReadOnlyDictionary<string, string[]> ReadAbbreviations()
    {
        var file = Deserialize(ReadBytes(AbbreviationsResource), CuratedDataJsonContext.Default.AbbreviationsFile, AbbreviationsResource);
        for (var i = 0; i < file.Abbreviations.Count; i++)
        {
            IdText.ParseData<DepartmentId>(file.Abbreviations[i].Department, $"{AbbreviationsResource}: $.abbreviations[{i}].department");
        }

        return file.Abbreviations.GroupBy(a => a.Department, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Name).ToArray(), StringComparer.Ordinal);
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
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(entry.Kind)} is not a department kind.", $"{location}: $.departments[{i}].kind");
            }

            departments.Add(new Department(IdText.ParseData<DepartmentId>(entry.Id, $"{location}: $.departments[{i}].id"), entry.Name, entry.FullName, entry.EnglishName, kind, entry.Aliases.ToValueList()));
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
                ? new ErratumDefinition(DocumentId.Parse(e.Document), e.Measure, part, kind, e.Verbatim, e.Correction, e.Explanation)
                : throw new PolicyDataException($"Erratum {i} has an unknown part '{e.Part}' or kind '{e.Kind}'.", $"{ErrataResource}: $.errata[{i}]"))
            .ToValueList();
    }

    public static PlaceGazetteer ReadPlaces() => ReadPlaces(ReadBytes(PlacesResource), PlacesResource);

    public static PlaceGazetteer ReadPlaces(byte[] json, string location)
    {
        var file = Deserialize(json, CuratedDataJsonContext.Default.PlacesFile, location);
        var places = new List<Place>(file.Places.Count);
        var contextual = new List<ContextualAlias>();
        for (var i = 0; i < file.Places.Count; i++)
        {
            var entry = file.Places[i];
            if (!EnumNames.TryParse<PlaceKind>(entry.Kind, out var kind))
            {
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(entry.Kind)} is not a place kind.", $"{location}: $.places[{i}].kind");
            }

            var place = new Place(IdText.ParseData<PlaceId>(entry.Id, $"{location}: $.places[{i}].id"), entry.Name, entry.FullName, kind, entry.Province, new UnofficialTranslation(entry.Name, entry.EnglishName), entry.Aliases.ToValueList());
            places.Add(place);
            for (var j = 0; j < entry.ContextualAliases.Count; j++)
            {
                var alias = entry.ContextualAliases[j];
                foreach (var context in alias.Contexts)
                {
                    var first = context.IndexOf(alias.Alias, StringComparison.Ordinal);
                    if (first < 0 || context.IndexOf(alias.Alias, first + 1, StringComparison.Ordinal) >= 0)
                    {
                        throw new PolicyDataException(
                            $"The context '{context}' must hold the alias '{alias.Alias}' exactly once.", $"{location}: $.places[{i}].contextualAliases[{j}]");
                    }
                }

                contextual.Add(new ContextualAlias(alias.Alias, place, alias.Contexts.ToValueList()));
            }
        }

        try
        {
            return new PlaceGazetteer(places, contextual, file.NonPlaceTerms.Select(t => new NonPlaceTerm(t.Term, t.Reason)));
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException(e.Message, location, e);
        }
    }

    public static EnglishLabels ReadLabels() => ReadLabels(ReadBytes(LabelsResource), LabelsResource);

    public static EnglishLabels ReadLabels(byte[] json, string location)
    {
        var file = Deserialize(json, CuratedDataJsonContext.Default.LabelsFile, location);
        var documents = new List<DocumentLabels>(file.Documents.Count);
        for (var i = 0; i < file.Documents.Count; i++)
        {
            var entry = file.Documents[i];
            documents.Add(new DocumentLabels(
                DocumentId.Parse(entry.Id),
                new UnofficialTranslation(entry.Chinese, entry.English),
                Numbered(entry.Chapters, $"{location}: $.documents[{i}].chapters"),
                Numbered(entry.Groups, $"{location}: $.documents[{i}].groups")));
        }

        try
        {
            return new EnglishLabels(documents);
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException(e.Message, location, e);
        }

        static ValueList<UnofficialTranslation> Numbered(IReadOnlyList<NumberedLabelEntry> entries, string where)
        {
            for (var n = 0; n < entries.Count; n++)
            {
                if (entries[n].Number != n + 1)
                {
                    throw new PolicyDataException($"Entry {n} has number {entries[n].Number}; numbers must run 1, 2, 3, … in order.", $"{where}[{n}]");
                }
            }

            return entries.Select(e => new UnofficialTranslation(e.Chinese, e.English)).ToValueList();
        }
    }

    public static Divisions.DivisionRegistry ReadDivisions() => ReadDivisions(ReadBytes(DivisionsResource), DivisionsResource);

    public static Divisions.DivisionRegistry ReadDivisions(byte[] json, string location)
    {
        var file = Deserialize(json, CuratedDataJsonContext.Default.DivisionsFile, location);
        var divisions = new List<Divisions.AdministrativeDivision>(file.Divisions.Count);
        for (var i = 0; i < file.Divisions.Count; i++)
        {
            var entry = file.Divisions[i];
            var at = $"{location}: $.divisions[{i}]";
            if (entry is null)
            {
                throw new PolicyDataException("A division entry is null.", at);
            }

            if (!EnumNames.TryParse<Divisions.DivisionKind>(entry.Kind, out var kind))
            {
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(entry.Kind)} is not a division kind.", at + ".kind");
            }

            try
            {
                divisions.Add(new Divisions.AdministrativeDivision
                {
                    Code = ParseCode(entry.Code, at + ".code"),
                    Name = entry.Name,
                    ShortName = entry.ShortName,
                    Aliases = entry.Aliases.ToValueList(),
                    Kind = kind,
                    Parent = entry.Parent is null ? null : ParseCode(entry.Parent, at + ".parent"),
                    EnglishName = new UnofficialTranslation(entry.Name, entry.EnglishName),
                });
            }
            catch (ArgumentException e)
            {
                throw new PolicyDataException(e.Message, at, e);
            }
        }

        try
        {
            return new Divisions.DivisionRegistry(
                divisions,
                file.AmbiguousNames.Select((a, i) => new KeyValuePair<string, IReadOnlyList<Divisions.DivisionCode>>(
                    a.Name, a.Codes.Select(c => ParseCode(c, $"{location}: $.ambiguousNames[{i}].codes")).ToList())));
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException(e.Message, location, e);
        }

        static Divisions.DivisionCode ParseCode(string text, string where) =>
            Divisions.DivisionCode.TryParse(text, out var code)
                ? code
                : throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(text)} is not a six-digit division code.", where);
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
            var (message, where) = StrictText.JsonError(e);
            throw new PolicyDataException($"The file is not valid: {message}", $"{location}: {where}", e);
        }
    }
}
