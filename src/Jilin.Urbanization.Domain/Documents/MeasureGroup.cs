using Jilin.Urbanization.Domain.Identifiers;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>
/// A group of measures, headed <c>(一)…</c> or <c>（一）…</c>. Numbering runs through the whole document.
/// Some groups (chapters 一 and 八 of the 2022 document) carry body text instead of numbered measures.
/// </summary>
/// <param name="DocumentId">The id of the document the group belongs to.</param>
/// <param name="Number">The group's number, 1-based, counted through the whole document.</param>
/// <param name="Numeral">The Chinese numeral as written (<c>一</c> … <c>三十七</c>).</param>
/// <param name="ChapterNumber">The number of the chapter the group stands in.</param>
/// <param name="Title">The heading's title after the parenthesised numeral, verbatim.</param>
/// <param name="TitleSpan">Where <paramref name="Title"/> stands in the seed file.</param>
/// <param name="Heading">The whole heading line as written, parentheses included.</param>
/// <param name="HeadingSpan">Where <paramref name="Heading"/> stands in the seed file.</param>
/// <param name="CorrectedTitle">The title with the document's errata applied.</param>
/// <param name="Body">The group's paragraphs of body text; empty where the group has numbered measures.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException"><c>DocumentId</c> is <c>default</c> (it names no document).</exception>
public sealed record MeasureGroup(
    DocumentId DocumentId,
    int Number,
    string Numeral,
    int ChapterNumber,
    string Title,
    SourceSpan TitleSpan,
    string Heading,
    SourceSpan HeadingSpan,
    string CorrectedTitle,
    ValueList<Paragraph> Body)
{
    /// <summary>The id of the document the group belongs to.</summary>
    public DocumentId DocumentId { get; init => field = IdText.Required(value, nameof(DocumentId)); } = IdText.Required(DocumentId, nameof(DocumentId));

    /// <summary>The Chinese numeral as written (<c>一</c> … <c>三十七</c>).</summary>
    public string Numeral { get; init => field = Guard.Against.Null(value, nameof(Numeral)); } = Guard.Against.Null(Numeral);

    /// <summary>The heading's title after the parenthesised numeral, verbatim.</summary>
    public string Title { get; init => field = Guard.Against.Null(value, nameof(Title)); } = Guard.Against.Null(Title);

    /// <summary>The whole heading line as written, parentheses included.</summary>
    public string Heading { get; init => field = Guard.Against.Null(value, nameof(Heading)); } = Guard.Against.Null(Heading);

    /// <summary>The title with the document's errata applied.</summary>
    public string CorrectedTitle { get; init => field = Guard.Against.Null(value, nameof(CorrectedTitle)); } = Guard.Against.Null(CorrectedTitle);

    /// <summary>The group's paragraphs of body text; empty where the group has numbered measures.</summary>
    public ValueList<Paragraph> Body { get; init => field = Guard.Against.Null(value, nameof(Body)); } = Guard.Against.Null(Body);

    /// <summary>The body text (paragraphs joined by a newline), or null where the group has no body text.</summary>
    public string? Text => Body.Count switch
    {
        0 => null,
        1 => Body[0].Text,
        _ => string.Join('\n', Body.Select(p => p.Text)),
    };

    /// <summary>Readable form: <c>(一)title</c>.</summary>
    public override string ToString() => Heading;
}
