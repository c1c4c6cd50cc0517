using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// A curated pointer to a commitment or condition in a measure's text: which words, and what they measure. The
/// value, unit, comparator, deadline and commitment level are never curated; the extractor reads them from the quote.
/// The package's annotations ship as <c>Resources/targets.json</c>.
/// </summary>
/// <param name="Measure">The measure whose text holds the quote.</param>
/// <param name="Role">Whether the quote is a target or a condition.</param>
/// <param name="Quote">The words verbatim; they must occur exactly once in the measure's text.</param>
/// <param name="Metric">What is measured, in short English words.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record TargetAnnotation(MeasureId Measure, TargetRole Role, string Quote, string Metric)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>Whether the quote is a target or a condition.</summary>
    public TargetRole Role { get; init => field = Data.DefinedEnum.Required(value, nameof(Role)); } = Data.DefinedEnum.Required(Role);

    /// <summary>The words verbatim; they must occur exactly once in the measure's text.</summary>
    public string Quote { get; init => field = Guard.Against.Null(value, nameof(Quote)); } = Guard.Against.Null(Quote);

    /// <summary>What is measured, in short English words.</summary>
    public string Metric { get; init => field = Guard.Against.Null(value, nameof(Metric)); } = Guard.Against.Null(Metric);

    /// <summary>
    /// Where a quote holds more than one number (等3个项目88公里): the words of the one to read, verbatim inside the
    /// quote; null reads the first.
    /// </summary>
    public string? QuantityText { get; init; }

    /// <summary>
    /// Where the nearest date words are not the deadline: the date words to read (10月底前), verbatim in the same
    /// sentence before or inside the quote; null finds them by the rules of <see cref="Deadline"/>.
    /// </summary>
    public string? DeadlineText { get; init; }

    /// <summary>
    /// Where the number is a rate whose denominator the words state apart from the number (每百户…30平方米,
    /// 每3000-4000户…划分社区, 日清运量…300吨): the rate unit (平方米/百户, 户/社区, 吨/日); null keeps the unit read.
    /// The extractor checks it against the text: the numerator must be the unit written after the number, and the
    /// sentence must state the denominator as a rate (每 before the denominator or before the number, or the
    /// denominator before the measured amount, 日…量); otherwise the annotation is refused.
    /// </summary>
    public string? UnitText { get; init; }

    /// <summary>The kind, where the rule (levels: shares, coverage, zero, ranges, 每, 至少; otherwise amounts) reads it wrong; null keeps the rule.</summary>
    public TargetKind? Kind { get; init => field = Data.DefinedEnum.Optional(value, nameof(Kind)); }

    /// <summary>Readable form: measure, role and quote.</summary>
    public override string ToString() => $"{Measure} {Role}: {Quote}";
}
