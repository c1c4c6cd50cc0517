using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>A chapter of a policy document, headed <c>一、…</c>, <c>二、…</c>.</summary>
/// <param name="DocumentId">The id of the document the chapter belongs to.</param>
/// <param name="Number">The chapter's number, 1-based (一 = 1).</param>
/// <param name="Numeral">The Chinese numeral as written (<c>一</c>, <c>二</c>, …).</param>
/// <param name="Title">The heading's title after <c>一、</c>, verbatim.</param>
/// <param name="TitleSpan">Where <paramref name="Title"/> stands in the seed file.</param>
/// <param name="Heading">The whole heading line as written, e.g. <c>一、科学把握功能定位,…</c>.</param>
/// <param name="HeadingSpan">Where <paramref name="Heading"/> stands in the seed file.</param>
/// <param name="CorrectedTitle">The title with the document's errata applied.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException"><c>DocumentId</c> is <c>default</c> (it names no document).</exception>
public sealed record Chapter(
    DocumentId DocumentId,
    int Number,
    string Numeral,
    string Title,
    SourceSpan TitleSpan,
    string Heading,
    SourceSpan HeadingSpan,
    string CorrectedTitle)
{
    /// <summary>The id of the document the chapter belongs to.</summary>
    public DocumentId DocumentId { get; init => field = IdText.Required(value, nameof(DocumentId)); } = IdText.Required(DocumentId, nameof(DocumentId));

    /// <summary>The Chinese numeral as written (<c>一</c>, <c>二</c>, …).</summary>
    public string Numeral { get; init => field = Guard.Against.Null(value, nameof(Numeral)); } = Guard.Against.Null(Numeral);

    /// <summary>The heading's title after <c>一、</c>, verbatim.</summary>
    public string Title { get; init => field = Guard.Against.Null(value, nameof(Title)); } = Guard.Against.Null(Title);

    /// <summary>The whole heading line as written, e.g. <c>一、科学把握功能定位,…</c>.</summary>
    public string Heading { get; init => field = Guard.Against.Null(value, nameof(Heading)); } = Guard.Against.Null(Heading);

    /// <summary>The title with the document's errata applied.</summary>
    public string CorrectedTitle { get; init => field = Guard.Against.Null(value, nameof(CorrectedTitle)); } = Guard.Against.Null(CorrectedTitle);

    /// <summary>Readable form: <c>一、title</c>.</summary>
    public override string ToString() => Heading;
}
