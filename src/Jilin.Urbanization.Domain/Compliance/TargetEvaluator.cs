using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>The evaluation rules of <see cref="TargetIndicator.Evaluate(Observation, LocalDate)"/>.</summary>
internal static class TargetEvaluator
{
    public static TargetEvaluation Evaluate(TargetIndicator target, Observation observation, LocalDate asOf)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(observation);
        if (observation.ObservedOn > asOf)
        {
            throw new ArgumentException(
                $"The observation is dated {Format(observation.ObservedOn)}, after the day of the question {Format(asOf)}.",
                nameof(observation));
        }

        // One rule for values, shared with every reader (ObservationRule), so what a reader accepts evaluates.
        ObservationRule.Check(target, observation);
        var observed = ToTargetUnit(target, observation.Value);

        var (low, high, strictLow) = Bounds(target);
        var x = observed.Value;
        var satisfied = (low is null || (strictLow ? x > low : x >= low)) && (high is null || x <= high);
        var margin = Margin(x, low, high);

        ComplianceStatus status;
        string when;
        if (target.Deadline is not { } deadline)
        {
            status = satisfied ? ComplianceStatus.Met : ComplianceStatus.Pending;
            when = "no deadline";
        }
        else if (!deadline.HasPassed(asOf))
        {
            status = satisfied ? ComplianceStatus.OnTrack : ComplianceStatus.Pending;
            when = $"due {Format(deadline.Date)}, not passed on {Format(asOf)}";
        }
        else if (!satisfied)
        {
            status = ComplianceStatus.NotMet;
            when = $"deadline {Format(deadline.Date)} passed";
        }
        else if (observation.ObservedOn > deadline.Date)
        {
            status = ComplianceStatus.MetLate;
            when = $"deadline {Format(deadline.Date)} passed; observed after it on {Format(observation.ObservedOn)}";
        }
        else
        {
            status = ComplianceStatus.Met;
            when = $"deadline {Format(deadline.Date)} passed; observed by it";
        }

        var commitment = target.Commitment == CommitmentLevel.Firm && !target.Basically
            ? string.Empty
            : $" [{target.Commitment}{(target.Basically ? ", basically" : string.Empty)}]";
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"{observed} {(satisfied ? "satisfies" : "does not satisfy")} {Phrase(target)} (margin {margin:+0.############;-0.############;0}); {when}{commitment}.");

        return new TargetEvaluation
        {
            TargetId = target.Id,
            Status = status,
            Satisfied = satisfied,
            Observation = observation,
            Observed = observed,
            Target = target.Quantity,
            MaxValue = target.MaxValue,
            Comparator = target.Comparator,
            Margin = new Quantity(margin, observed.Unit),
            Deadline = target.Deadline?.Date,
            AsOf = asOf,
            Commitment = target.Commitment,
            Basically = target.Basically,
            Explanation = explanation,
        };
    }

    /// <summary>Converts to the target's unit; a zero target accepts any unit, since none left is 0 in every unit.</summary>
    private static Quantity ToTargetUnit(TargetIndicator target, Quantity observation)
    {
        if (target.Comparator == Comparator.Zero && !observation.Unit.IsCompatibleWith(target.Unit))
        {
            return observation;
        }

        if (!observation.Unit.IsCompatibleWith(target.Unit))
        {
            throw new ArgumentException(
                $"Target {target.Id} is measured in {target.Unit.Symbol} ({target.Unit.EnglishName}); an observation in {observation.Unit.Symbol} ({observation.Unit.EnglishName}) cannot be compared with it.",
                nameof(observation));
        }

        return observation.TryConvertCompatible(target.Unit, out var converted)
            ? converted
            : throw CheckedDecimal.OutOfRange(nameof(observation), $"The observation {observation} expressed in {target.Unit.Symbol}");
    }

    private static (decimal? Low, decimal? High, bool StrictLow) Bounds(TargetIndicator target)
    {
        var v = target.Value;
        return target.Comparator switch
        {
            Comparator.AtLeast or Comparator.Reaches or Comparator.Stated or Comparator.FullCoverage => (v, null, false),
            Comparator.MoreThan => (v, null, true),
            Comparator.AtMost or Comparator.Zero => (null, v, false),
            Comparator.Approximately => (Checked(v, -Math.Abs(v) * TargetIndicator.ApproximateTolerance, target), Checked(v, Math.Abs(v) * TargetIndicator.ApproximateTolerance, target), false),
            Comparator.Range => (v, target.MaxValue ?? v, false),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Comparator, "Unknown comparator."),
        };
    }

    /// <summary>v + delta for a bound of the target (|v| × 5 % never overflows; the sum is checked).</summary>
    private static decimal Checked(decimal v, decimal delta, TargetIndicator target) =>
        CheckedDecimal.TryAdd(v, delta, out var bound)
            ? bound
            : throw CheckedDecimal.OutOfRange(nameof(target), $"The tolerance bound of target {target.Id} ({v} ± 5 %)");

    /// <summary>
    /// The signed distance to the nearest edge of the satisfying values: positive or zero inside, negative outside.
    /// Checked: an observation so far from the target that the distance does not fit a decimal is refused.
    /// </summary>
    private static decimal Margin(decimal x, decimal? low, decimal? high)
    {
        var margin = decimal.MaxValue;
        if (low is { } l)
        {
            margin = CheckedDecimal.TrySubtract(x, l, out var above) ? above : throw MarginOutOfRange(x, l);
        }

        if (high is { } h)
        {
            margin = Math.Min(margin, CheckedDecimal.TrySubtract(h, x, out var below) ? below : throw MarginOutOfRange(x, h));
        }

        return margin;
    }

    private static ArgumentOutOfRangeException MarginOutOfRange(decimal x, decimal edge) =>
        CheckedDecimal.OutOfRange("observation", string.Create(CultureInfo.InvariantCulture, $"The margin between the observed {x} and the target's bound {edge}"));

    internal static string Phrase(TargetIndicator target) => target.Comparator switch
    {
        Comparator.AtLeast => $"at least {target.Quantity} (AtLeast, 不低于/以上)",
        Comparator.MoreThan => $"more than {target.Quantity} (MoreThan, 超过)",
        Comparator.AtMost => $"at most {target.Quantity} (AtMost, 以下)",
        Comparator.Reaches => $"reaching {target.Quantity} (Reaches, 达到)",
        Comparator.Stated => $"the stated {target.Quantity} (Stated)",
        Comparator.Approximately => $"approximately {target.Quantity} ±5 % (Approximately, 约)",
        Comparator.Range => $"{TargetIndicator.Describe(target.Quantity, target.MaxValue)} (Range)",
        Comparator.FullCoverage => "full coverage, 100 % (FullCoverage, 全覆盖)",
        Comparator.Zero => "zero (Zero, 零/消除)",
        _ => target.Comparator.ToString(),
    };

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
