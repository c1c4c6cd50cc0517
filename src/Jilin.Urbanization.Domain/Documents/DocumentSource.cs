using Ardalis.GuardClauses;
using NodaTime;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>Where a document's text comes from.</summary>
/// <param name="SeedFile">The seed file's name, e.g. <c>000_01bf865551ff927a.txt</c>.</param>
/// <param name="Sha256">The SHA-256 of the seed file's bytes, lower-case hex.</param>
/// <param name="Kind">Whether the seed is the text alone or a scraped web page around it.</param>
/// <param name="PrintedDate">
/// The date the page prints (e.g. 发布时间:2022年09月19日, the reposting site's publication time), or null where
/// the source prints none. It is not an issue date: neither source states one.
/// </param>
/// <param name="PrintedDateSpan">Where the printed date stands in the seed, or null.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record DocumentSource(
    string SeedFile,
    string Sha256,
    DocumentSourceKind Kind,
    LocalDate? PrintedDate,
    SourceSpan? PrintedDateSpan)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>Whether the seed is the text alone or a scraped web page around it.</summary>
    public DocumentSourceKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind);

    /// <summary>
    /// The date the page prints (e.g. 发布时间:2022年09月19日, the reposting site's publication time), or null where
    /// the source prints none. It is not an issue date: neither source states one.
    /// </summary>
    public LocalDate? PrintedDate { get; init; } = PrintedDate;

    /// <summary>Where the printed date stands in the seed, or null.</summary>
    public SourceSpan? PrintedDateSpan { get; init; } = PrintedDateSpan;

    /// <summary>The seed file's name, e.g. <c>000_01bf865551ff927a.txt</c>.</summary>
    public string SeedFile { get; init => field = Guard.Against.Null(value, nameof(SeedFile)); } = Guard.Against.Null(SeedFile);

    /// <summary>The SHA-256 of the seed file's bytes, lower-case hex.</summary>
    public string Sha256 { get; init => field = Guard.Against.Null(value, nameof(Sha256)); } = Guard.Against.Null(Sha256);

    /// <summary>Readable form: file and kind.</summary>
    public override string ToString() => $"{SeedFile} ({Kind})";
}
