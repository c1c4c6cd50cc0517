using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Charts;

namespace Jilin.Urbanization.Domain.Reports;

/// <summary>One cell of a <see cref="ReportTable"/>: plain text (escaped when rendered) and, for a status, its colour.</summary>
/// <param name="Text">The text, shown as it is (never interpreted as HTML).</param>
/// <param name="Colour">A CSS colour (<c>#rgb</c>, <c>#rrggbb</c> or a plain name) that marks the cell as a status, or null.</param>
/// <exception cref="ArgumentNullException"><paramref name="Text"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Colour"/> is not null and not a colour.</exception>
public sealed record ReportCell(string Text, string? Colour = null)
{
    /// <summary>The text, shown as it is.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Text { get; init => field = Guard.Against.Null(value, nameof(Text)); } = Guard.Against.Null(Text);

    /// <summary>The status colour, or null.</summary>
    /// <exception cref="ArgumentException">The value is not a colour.</exception>
    public string? Colour { get; init => field = value is null ? null : StatusCount.CheckColour(value, nameof(Colour)); } = Colour is null ? null : StatusCount.CheckColour(Colour, nameof(Colour));

    /// <summary>Readable form: the text.</summary>
    public override string ToString() => Text;
}
