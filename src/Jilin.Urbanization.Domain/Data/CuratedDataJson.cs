using System.Text.Json.Serialization;

namespace Jilin.Urbanization.Domain.Data;

/// <summary>The shape of <c>Resources/departments.json</c>.</summary>
internal sealed record DepartmentsFile(int Version, IReadOnlyList<DepartmentEntry> Departments);

/// <summary>One department as curated.</summary>
internal sealed record DepartmentEntry(string Id, string Name, string FullName, string EnglishName, string Kind, IReadOnlyList<string> Aliases);

/// <summary>The shape of <c>Resources/errata.json</c>.</summary>
/// <summary><c>abbreviations.json</c>: abbreviations (简称) of department names, each with its source.</summary>
internal sealed record AbbreviationsFile(int Version, string Notice, IReadOnlyList<AbbreviationEntry> Abbreviations);

/// <summary>One abbreviation: the name, the department id it stands for, and where it comes from.</summary>
internal sealed record AbbreviationEntry(string Name, string Department, string Source);

internal sealed record ErrataFile(int Version, IReadOnlyList<ErratumEntry> Errata);

/// <summary>One curated erratum.</summary>
internal sealed record ErratumEntry(
    string Document, int Measure, string Part, string Kind, string Verbatim, string Correction, string Explanation);

/// <summary>The shape of <c>Resources/places.json</c>.</summary>
internal sealed record PlacesFile(int Version, string Notice, IReadOnlyList<PlaceEntry> Places, IReadOnlyList<NonPlaceTermEntry> NonPlaceTerms);

/// <summary>One place as curated.</summary>
internal sealed record PlaceEntry(
    string Id,
    string Name,
    string FullName,
    string Kind,
    string? Province,
    string EnglishName,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ContextualAliasEntry> ContextualAliases);

/// <summary>A spelling that names a place only inside the listed phrases.</summary>
internal sealed record ContextualAliasEntry(string Alias, IReadOnlyList<string> Contexts);

/// <summary>A term that contains a place's spelling but names no place.</summary>
internal sealed record NonPlaceTermEntry(string Term, string Reason);

/// <summary>The shape of <c>Resources/divisions.json</c>.</summary>
internal sealed record DivisionsFile(int Version, string Notice, IReadOnlyList<DivisionEntry> Divisions, IReadOnlyList<AmbiguousNameEntry> AmbiguousNames);

/// <summary>One administrative division in <c>Resources/divisions.json</c>.</summary>
internal sealed record DivisionEntry(string Code, string Name, string Kind, string? Parent, string? ShortName, IReadOnlyList<string> Aliases, string EnglishName);

/// <summary>A name that names more than one division and is refused with the candidates.</summary>
internal sealed record AmbiguousNameEntry(string Name, IReadOnlyList<string> Codes, string Reason);

/// <summary>The shape of <c>Resources/labels.json</c>: unofficial English titles.</summary>
internal sealed record LabelsFile(int Version, string Notice, IReadOnlyList<DocumentLabelsEntry> Documents);

/// <summary>One document's English titles.</summary>
internal sealed record DocumentLabelsEntry(
    string Id, string Chinese, string English, IReadOnlyList<NumberedLabelEntry> Chapters, IReadOnlyList<NumberedLabelEntry> Groups);

/// <summary>The English title of a numbered chapter or group, beside the Chinese it translates.</summary>
internal sealed record NumberedLabelEntry(int Number, string Chinese, string English);

/// <summary>Source-generated (AOT- and trim-safe) reading of the curated data files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DepartmentsFile))]
[JsonSerializable(typeof(ErrataFile))]
[JsonSerializable(typeof(AbbreviationsFile))]
[JsonSerializable(typeof(PlacesFile))]
[JsonSerializable(typeof(LabelsFile))]
[JsonSerializable(typeof(DivisionsFile))]
internal sealed partial class CuratedDataJsonContext : JsonSerializerContext;
