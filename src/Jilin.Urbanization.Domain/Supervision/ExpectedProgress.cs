using System.Globalization;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The pro-rata schedule (序时进度) of a target with a number and a deadline: a straight line from a baseline on its day
/// to the target's figure on its deadline. <see cref="Source"/> says where the baseline came from (the document's
/// stated figure, the subject's first figure, or zero); nothing the documents do not state is presented as theirs.
/// </summary>
public sealed record ExpectedProgress
{
    /// <summary>The target.</summary>
    public required TargetId TargetId { get; init => field = IdText.Required(value, nameof(TargetId)); }

    /// <summary>Where the baseline came from.</summary>
    public required BaselineSource Source { get; init => field = DefinedEnum.Required(value, nameof(Source)); }

    /// <summary>The starting figure, in the target's unit.</summary>
    public required decimal Baseline { get; init; }

    /// <summary>The day of the starting figure: the line starts here.</summary>
    public required LocalDate BaselineOn { get; init; }

    /// <summary>The target's figure (the lower bound of a range), reached on <see cref="Deadline"/>.</summary>
    public required decimal TargetValue { get; init; }

    /// <summary>The deadline (inclusive): the line ends here.</summary>
    public required LocalDate Deadline { get; init; }

    /// <summary>
    /// The share of the time from <see cref="BaselineOn"/> to <see cref="Deadline"/> elapsed by the end of
    /// <paramref name="day"/>, from 0 to 1 (序时进度 as a share): 0 on the baseline's day and before it, 1 on the
    /// deadline and after it; 1 when the baseline is dated on or after the deadline.
    /// </summary>
    /// <param name="day">The day.</param>
    public decimal ElapsedShare(LocalDate day)
    {
        if (day >= Deadline)
        {
            return 1m;
        }

        if (day <= BaselineOn)
        {
            return 0m;
        }

        var total = Period.DaysBetween(BaselineOn, Deadline);
        return (decimal)Period.DaysBetween(BaselineOn, day) / total;
    }

    /// <summary>The figure expected on <paramref name="day"/>: the baseline plus the elapsed share of the way to the target.</summary>
    /// <param name="day">The day.</param>
    /// <exception cref="ArgumentOutOfRangeException">The baseline and the target are too far apart to compute with.</exception>
    public decimal ExpectedOn(LocalDate day)
    {
        var share = ElapsedShare(day);
        return share == 1m ? TargetValue
            : CheckedDecimal.TrySubtract(TargetValue, Baseline, out var way) && CheckedDecimal.TryMultiply(way, share, out var done) && CheckedDecimal.TryAdd(Baseline, done, out var expected)
                ? expected
                : throw CheckedDecimal.OutOfRange(nameof(day), $"The schedule from {Baseline} to {TargetValue}");
    }

    /// <summary>
    /// The share of the way from the baseline to the target that <paramref name="value"/> covers (完成进度), not capped:
    /// 1 when the target equals the baseline (nothing to cover).
    /// </summary>
    /// <param name="value">A figure in the target's unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The figures are too large to compute with.</exception>
    public decimal CompletionShare(decimal value)
    {
        if (TargetValue == Baseline)
        {
            return 1m;
        }

        return CheckedDecimal.TrySubtract(value, Baseline, out var covered) && CheckedDecimal.TrySubtract(TargetValue, Baseline, out var way) && CheckedDecimal.TryDivide(covered, way, out var share)
            ? share
            : throw CheckedDecimal.OutOfRange(nameof(value), $"The share of {value} between {Baseline} and {TargetValue}");
    }

    /// <summary>
    /// How many percentage points <paramref name="value"/> is behind the schedule on <paramref name="day"/>: the
    /// elapsed share minus the completion share, times 100 (positive is behind, negative ahead).
    /// </summary>
    /// <param name="value">The latest figure, in the target's unit.</param>
    /// <param name="day">The day.</param>
    /// <exception cref="ArgumentOutOfRangeException">The figures are too large to compute with.</exception>
    public decimal PointsBehind(decimal value, LocalDate day)
    {
        var completion = CompletionShare(value);
        return CheckedDecimal.TrySubtract(ElapsedShare(day), completion, out var behind) && CheckedDecimal.TryMultiply(behind, 100m, out var points)
            ? Math.Round(points, 4, MidpointRounding.AwayFromZero)
            : throw CheckedDecimal.OutOfRange(nameof(value), $"The gap of {value} to the schedule");
    }

    /// <summary>Readable form: <c>…/68/t1: 72 (first figure, 2024-12-31) → 80 by 2025-12-31</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TargetId}: {Baseline:0.############} ({Source}, {LocalDatePattern.Iso.Format(BaselineOn)}) → {TargetValue:0.############} by {LocalDatePattern.Iso.Format(Deadline)}");

    /// <summary>
    /// The schedule of <paramref name="target"/>, or null when it has no deadline. An amount within a period starts from
    /// zero on the period's first day; a level starts from the stated figure, else the first figure, else zero on the
    /// first day of <paramref name="documentYear"/>.
    /// </summary>
    internal static ExpectedProgress? For(TargetIndicator target, int documentYear, Observation? firstFigure, Observation? stated)
    {
        if (target.Deadline is not { } deadline)
        {
            return null;
        }

        var (source, baseline, on) =
            target.Kind == TargetKind.AmountWithinPeriod && target.Period is { } period ? (BaselineSource.Zero, 0m, period.Start)
            : stated is not null && InTargetUnit(target, stated.Value) is { } s ? (BaselineSource.Stated, s, stated.ObservedOn)
            : firstFigure is not null && InTargetUnit(target, firstFigure.Value) is { } f ? (BaselineSource.FirstFigure, f, firstFigure.ObservedOn)
            : (BaselineSource.Zero, 0m, new LocalDate(Math.Clamp(documentYear, 2000, 2100), 1, 1));
        return new ExpectedProgress
        {
            TargetId = target.Id,
            Source = source,
            Baseline = baseline,
            BaselineOn = on,
            TargetValue = target.Comparator == Comparator.Zero ? 0m : target.Value,
            Deadline = deadline.Date,
        };
    }

    private static decimal? InTargetUnit(TargetIndicator target, Quantity value) =>
        value.Unit.IsCompatibleWith(target.Unit) && value.TryConvertCompatible(target.Unit, out var converted) ? converted.Value : null;
}
