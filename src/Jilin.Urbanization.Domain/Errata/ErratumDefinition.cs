using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Errata;

/// <summary>
/// A curated erratum the parser cannot detect by itself: it is located in a measure's text or responsibility by
/// its verbatim fragment, which must occur there exactly once. The parser detects stray spaces, missing closing
/// parentheses and mixed parenthesis styles on its own.
/// </summary>
/// <param name="DocumentId">The document the erratum applies to.</param>
/// <param name="MeasureNumber">The measure it is in.</param>
/// <param name="Part">Which part of the measure holds the fragment.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Verbatim">The source's characters, exactly.</param>
/// <param name="Correction">What is read in their place.</param>
/// <param name="Explanation">One line that says what is wrong and how it is read.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException"><c>DocumentId</c> is <c>default</c> (it names no document).</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record ErratumDefinition(
    DocumentId DocumentId,
    int MeasureNumber,
    MeasurePart Part,
    ErratumKind Kind,
    string Verbatim,
    string Correction,
    string Explanation)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>Which part of the measure holds the fragment.</summary>
    public MeasurePart Part { get; init => field = Data.DefinedEnum.Required(value, nameof(Part)); } = Data.DefinedEnum.Required(Part);

    /// <summary>What is wrong.</summary>
    public ErratumKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind);

    /// <summary>The document the erratum applies to.</summary>
    public DocumentId DocumentId { get; init => field = IdText.Required(value, nameof(DocumentId)); } = IdText.Required(DocumentId, nameof(DocumentId));

    /// <summary>The source's characters, exactly.</summary>
    public string Verbatim { get; init => field = Guard.Against.Null(value, nameof(Verbatim)); } = Guard.Against.Null(Verbatim);

    /// <summary>What is read in their place.</summary>
    public string Correction { get; init => field = Guard.Against.Null(value, nameof(Correction)); } = Guard.Against.Null(Correction);

    /// <summary>One line that says what is wrong and how it is read.</summary>
    public string Explanation { get; init => field = Guard.Against.Null(value, nameof(Explanation)); } = Guard.Against.Null(Explanation);

    /// <summary>Readable form: <c>document/measure part (Kind): 'verbatim' → 'correction'</c>.</summary>
    public override string ToString() => $"{DocumentId}/{MeasureNumber} {Part} ({Kind}): '{Verbatim}' → '{Correction}'";
}
