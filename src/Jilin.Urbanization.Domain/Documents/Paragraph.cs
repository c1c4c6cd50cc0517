using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>A paragraph of running text (a preamble, a group's body, a closing paragraph), verbatim.</summary>
/// <param name="Text">The paragraph exactly as the source writes it, without surrounding whitespace.</param>
/// <param name="Span">Where <paramref name="Text"/> stands in the seed file.</param>
/// <param name="CorrectedText">The text with the document's errata applied (equal to <paramref name="Text"/> where none apply).</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record Paragraph(string Text, SourceSpan Span, string CorrectedText)
{
    /// <summary>The paragraph exactly as the source writes it, without surrounding whitespace.</summary>
    public string Text { get; init => field = Guard.Against.Null(value, nameof(Text)); } = Guard.Against.Null(Text);

    /// <summary>The text with the document's errata applied (equal to <see cref="Text"/> where none apply).</summary>
    public string CorrectedText { get; init => field = Guard.Against.Null(value, nameof(CorrectedText)); } = Guard.Against.Null(CorrectedText);

    /// <summary>The first characters of the paragraph.</summary>
    public override string ToString() => TextPreview.Of(Text);
}
