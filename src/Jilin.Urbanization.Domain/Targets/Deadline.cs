using Jilin.Urbanization.Domain.Documents;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// When a target falls due: the last day that still counts (<see cref="Date"/>), how finely the text states it,
/// and the words it came from. 到2025年 and 2025年底前 are 2025-12-31; in the 2021 plan 年底前 is 2021-12-31,
/// 10月底前 is 2021-10-31, and a task with no other date is due within 2021 (<see cref="IsImplied"/>).
/// <para>
/// A target is <em>due by</em> a date when <see cref="Date"/> is on or before it. Its deadline has
/// <em>passed</em> only from the day after <see cref="Date"/>: the whole deadline day counts, so an
/// observation dated on the deadline day counts as on time.
/// </para>
/// </summary>
/// <param name="Date">The last day that counts.</param>
/// <param name="Precision">Whether the text names a year, a month or a day.</param>
/// <param name="Quote">The date words verbatim (到2025年, 10月底前), or null when <see cref="IsImplied"/>.</param>
/// <param name="Span">Where <paramref name="Quote"/> stands in the seed, or null when implied.</param>
/// <param name="IsImplied">
/// True when the text states no date and the deadline is the end of the plan's year (tasks of the 2021 plan).
/// </param>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record Deadline(LocalDate Date, DeadlinePrecision Precision, string? Quote, SourceSpan? Span, bool IsImplied)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>Whether the text names a year, a month or a day.</summary>
    public DeadlinePrecision Precision { get; init => field = Data.DefinedEnum.Required(value, nameof(Precision)); } = Data.DefinedEnum.Required(Precision);

    /// <summary>The date words verbatim (到2025年, 10月底前), or null when <see cref="IsImplied"/>.</summary>
    public string? Quote { get; init; } = Quote;

    /// <summary>Where <see cref="Quote"/> stands in the seed, or null when implied.</summary>
    public SourceSpan? Span { get; init; } = Span;

    /// <summary>True when the text states no date and the deadline is the end of the plan's year (tasks of the 2021 plan).</summary>
    public bool IsImplied { get; init; } = IsImplied;

    /// <summary>True when the deadline is on or before <paramref name="date"/> (the target is due by then).</summary>
    /// <param name="date">The date to test.</param>
    public bool IsDueBy(LocalDate date) => Date <= date;

    /// <summary>True when <paramref name="asOf"/> is after the deadline day: only then has the deadline passed.</summary>
    /// <param name="asOf">The day of the question.</param>
    public bool HasPassed(LocalDate asOf) => asOf > Date;

    /// <summary>Readable form: <c>by 2025-12-31 (到2025年)</c> or <c>by 2021-12-31 (implied: the plan's year)</c>.</summary>
    public override string ToString() =>
        $"by {LocalDatePattern.Iso.Format(Date)} ({(IsImplied ? "implied: the plan's year" : Quote)})";
}
