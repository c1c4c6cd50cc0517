using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Identifiers;
using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>
/// A quantified or dated commitment of a measure: 到2025年行政村5G通达率达到80% is the level 80 % of village 5G
/// coverage, reached by 2025-12-31, firmly committed. The quote is the source's characters verbatim; the value,
/// unit, comparator, deadline and commitment are read from it by code.
/// </summary>
public sealed record TargetIndicator
{
    /// <summary>The relative tolerance of <see cref="Comparator.Approximately"/> (约): ±5 % of the value.</summary>
    public const decimal ApproximateTolerance = 0.05m;

    /// <summary>
    /// The stable id, <c>&lt;measure-id&gt;/t&lt;n&gt;</c> (e.g. <c>jilin-2022-county-urbanization/68/t1</c>), n counting
    /// the measure's targets in text order from 1. Ids never change meaning.
    /// </summary>
    public required TargetId Id { get; init => field = IdText.Required(value, nameof(Id)); }

    /// <summary>The measure the target belongs to.</summary>
    public required MeasureId MeasureId { get; init; }

    /// <summary>The target's number within its measure (the n of <c>t&lt;n&gt;</c>).</summary>
    public required int Number { get; init; }

    /// <summary>The commitment's words verbatim, e.g. <c>到2025年行政村5G通达率达到80%</c>.</summary>
    public required string Quote { get; init => field = Guard.Against.Null(value, nameof(Quote)); }

    /// <summary>Where <see cref="Quote"/> stands in the seed: the seed's characters there equal the quote.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>What is measured, in short English words (curated), e.g. <c>5G coverage of administrative villages</c>.</summary>
    public required string Metric { get; init => field = Guard.Against.Null(value, nameof(Metric)); }

    /// <summary>
    /// The target quantity: 万 multiplied out (1.58万套 is 15,800 套), shares in %. The lower bound of a
    /// <see cref="Comparator.Range"/>; 100 % for <see cref="Comparator.FullCoverage"/>; 0 % for <see cref="Comparator.Zero"/>.
    /// </summary>
    public required Quantity Quantity { get; init => field = Guard.Against.Null(value, nameof(Quantity)); }

    /// <summary>The upper bound of a <see cref="Comparator.Range"/>, in <see cref="Unit"/>; null otherwise.</summary>
    public required decimal? MaxValue { get; init; }

    /// <summary>How the quantity binds.</summary>
    public required Comparator Comparator { get; init => field = Data.DefinedEnum.Required(value, nameof(Comparator)); }

    /// <summary>When the target falls due, or null where the text sets no date (undated measures of the 2022 document).</summary>
    public required Deadline? Deadline { get => (Deadline?)deadline.Value; init => deadline = DeferredValue.Of(value); }

    // Made on first use when the catalog was read from the snapshot (see DeferredValue): keeps NodaTime off the load.
    private readonly DeferredValue deadline;

    /// <summary>The reader's way to set <see cref="Deadline"/> to a value made on first use.</summary>
    internal DeferredValue DeferredDeadline { get => deadline; init => deadline = value; }

    /// <summary>
    /// How firmly the text commits (确保 ensure, 力争 strive, 计划 planned, 鼓励 encouraged, or firm): the word in the
    /// quote, else the nearest one before it in its sentence where that word's reach gets to it. A comma ends a word's
    /// reach where the next clause starts a predicate of its own (鼓励在县域探索…模式,选取46家中心卫生院: the 46 centres
    /// are firm); a word crosses a comma only over date words (力争到2025年,基本完成…).
    /// </summary>
    public required CommitmentLevel Commitment { get; init => field = Data.DefinedEnum.Required(value, nameof(Commitment)); }

    /// <summary>True where the text says 基本 (basically): substantially, not necessarily wholly, reached.</summary>
    public required bool Basically { get; init; }

    /// <summary>Whether the number is a level to reach or an amount to deliver within a period.</summary>
    public required TargetKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); }

    /// <summary>
    /// Whether the target binds the province as a whole or every county-level division, read from the words of the
    /// target's sentence (the quote and the rest of its sentence): 每个县(市), 所有县(市), 每个县城, 县域有一所 bind
    /// each county; otherwise the province.
    /// </summary>
    public required TargetBinding Binding { get; init => field = Data.DefinedEnum.Required(value, nameof(Binding)); }

    /// <summary>
    /// The words that distribute the target over counties, verbatim from the target's sentence (每个县(市), 县域有一所,
    /// 县城 as the subject of the figure's clause),
    /// or null where the target binds the province (<see cref="TargetBinding.Province"/>).
    /// </summary>
    public required string? BindingQuote { get; init; }

    /// <summary>
    /// For an <see cref="TargetKind.AmountWithinPeriod"/> with a deadline: from 1 January of the document's year to the
    /// deadline, the days whose deliveries count. Null for levels and undated amounts.
    /// </summary>
    public required DateInterval? Period { get => (DateInterval?)period.Value; init => period = DeferredValue.Of(value); }

    private readonly DeferredValue period;

    /// <summary>The reader's way to set <see cref="Period"/> to a value made on first use.</summary>
    internal DeferredValue DeferredPeriod { get => period; init => period = value; }

    /// <summary>The target value (<see cref="Quantity"/>'s value).</summary>
    public decimal Value => Quantity.Value;

    /// <summary>The target unit (<see cref="Quantity"/>'s unit).</summary>
    public Unit Unit => Quantity.Unit;

    /// <summary>
    /// Evaluates an observation as of a day. The result is <see cref="ComplianceStatus.OnTrack"/> or
    /// <see cref="ComplianceStatus.Pending"/> until the deadline has passed (the deadline day itself still counts),
    /// then <see cref="ComplianceStatus.Met"/> or <see cref="ComplianceStatus.NotMet"/>; a satisfying observation taken
    /// after the deadline is <see cref="ComplianceStatus.MetLate"/>. Strive and other levels are evaluated alike; the
    /// result reports the level. The margin is in the target's unit.
    /// </summary>
    /// <param name="observation">The observed value, its unit and the day it was taken.</param>
    /// <param name="asOf">The day of the question; not before the observation's day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The observation's unit is incompatible with the target's (e.g. 人次 for a target in 人), the observation is dated
    /// after <paramref name="asOf"/>, or an amount is dated before its period starts.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The target's comparator is not a defined <see cref="Targets.Comparator"/> value; or (parameter
    /// <paramref name="observation"/>) the observation converted to the target's unit, or its margin to the target, is
    /// outside the range of a decimal (about ±7.9e28). Arithmetic is checked: no <see cref="OverflowException"/> escapes.
    /// </exception>
    public TargetEvaluation Evaluate(Observation observation, LocalDate asOf) => TargetEvaluator.Evaluate(this, observation, asOf);

    /// <summary>Evaluates an observation as of today in China Standard Time by <paramref name="clock"/> (see <see cref="Evaluate(Observation, LocalDate)"/>).</summary>
    /// <param name="observation">The observed value, its unit and the day it was taken.</param>
    /// <param name="clock">The clock that says what day it is.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Evaluate(Observation, LocalDate)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The clock's instant is beyond the calendar (see <see cref="ComplianceCalendar.Today"/>), or as for
    /// <see cref="Evaluate(Observation, LocalDate)"/>.
    /// </exception>
    public TargetEvaluation Evaluate(Observation observation, IClock clock)
    {
        Guard.Against.Null(clock);
        return Evaluate(observation, ComplianceCalendar.Today(clock));
    }

    /// <summary>Readable form: id, comparator and value, deadline, commitment, and the quote.</summary>
    public override string ToString() =>
        $"{Id} {Comparator} {Describe(Quantity, MaxValue)}{(Deadline is null ? string.Empty : " " + Deadline)} [{Commitment}{(Basically ? ", basically" : string.Empty)}]: {Quote}";

    internal static string Describe(Quantity quantity, decimal? maxValue) =>
        maxValue is { } max
            ? string.Create(CultureInfo.InvariantCulture, $"{quantity.Value:0.############}-{max:0.############} {quantity.Unit.Symbol}")
            : quantity.ToString();
}
