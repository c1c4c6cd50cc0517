using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// The one rule for what value may measure a target, applied alike by every reader (progress reports, tracking
/// logs) and by <see cref="TargetIndicator.Evaluate(Observation, NodaTime.LocalDate)"/>, so anything a reader
/// accepts evaluates without error:
/// <list type="number">
/// <item>the unit converts to the target's (万人 for 人, fraction for %, 平方米/百户 only for a rate per 100 households); a zero target (零填埋) takes any count;</item>
/// <item>the value is not negative;</item>
/// <item>a share (%) is at most 100 %;</item>
/// <item>the value in the target's unit is at most <see cref="MaximumValue"/> (10^20), so no arithmetic on it can overflow;</item>
/// <item>an amount counted over a period is not observed before the period starts.</item>
/// </list>
/// The day of the question is checked by <c>Evaluate</c> only: an observation dated after it is refused there and
/// skipped by reports as of that day.
/// </summary>
public static class ObservationRule
{
    /// <summary>The largest value accepted, in the target's unit: 10^20, the data limit of every reader.</summary>
    public const decimal MaximumValue = Data.CheckedDecimal.DataLimit;

    /// <summary>Checks an observation against a target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="observation">The observation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The observation breaks the rule; the message says which part and why (parameter <c>observation</c>).</exception>
    public static void Check(TargetIndicator target, Observation observation)
    {
        if (!TryCheck(target, observation, out var error))
        {
            throw new ArgumentException(error, nameof(observation));
        }
    }

    /// <summary>Checks an observation against a target without throwing for a broken rule.</summary>
    /// <param name="target">The target.</param>
    /// <param name="observation">The observation.</param>
    /// <param name="error">What is wrong, or null.</param>
    /// <returns>True when the observation may measure the target.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryCheck(TargetIndicator target, Observation observation, [NotNullWhen(false)] out string? error)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(observation);
        return TryCheck(target, observation.Value, observation.ObservedOn, out error);
    }

    /// <summary>The rule on an observation's parts (the tracking readers keep the parts, not an <see cref="Observation"/>).</summary>
    internal static bool TryCheck(TargetIndicator target, Quantity value, LocalDate observedOn, [NotNullWhen(false)] out string? error) =>
        TryCheck(target, value, observedOn, out error, out _);

    /// <summary>
    /// The rule on an observation's parts, saying which part breaks it, so a reader points at that field (the unit, the
    /// value or the date) instead of guessing from the message.
    /// </summary>
    internal static bool TryCheck(TargetIndicator target, Quantity value, LocalDate observedOn, [NotNullWhen(false)] out string? error, out ObservationPart part)
    {
        error = null;
        part = ObservationPart.Unit;
        if (!value.Unit.IsCompatibleWith(target.Unit) && target.Comparator != Comparator.Zero)
        {
            error = $"Target {target.Id} is measured in {target.Unit.Symbol} ({target.Unit.EnglishName}); {value.Unit.Symbol} ({value.Unit.EnglishName}) does not convert to it.";
            return false;
        }

        part = ObservationPart.Value;

        if (value.Value < 0)
        {
            error = Text($"{value} is negative: amounts and shares are never negative.");
            return false;
        }

        // Compared in the observation's own unit first, so the conversion below cannot overflow.
        // The same unit (the usual case: a million figures in the target's own unit) has the factor 1 without dividing.
        var factor = ReferenceEquals(value.Unit, target.Unit) ? 1m : value.Unit.IsCompatibleWith(target.Unit) ? value.Unit.Factor / target.Unit.Factor : 1m;
        if (factor > 0 && value.Value > (factor <= 1m ? MaximumValue : MaximumValue / factor))
        {
            error = Text($"{value} is out of range: at most {MaximumValue:0} {target.Unit.Symbol}.");
            return false;
        }

        var inTargetUnit = value.Value * factor;
        if (inTargetUnit > MaximumValue)
        {
            error = Text($"{value} is out of range: at most {MaximumValue:0} {target.Unit.Symbol}.");
            return false;
        }

        if (string.Equals(value.Unit.BaseSymbol, Unit.Percent.Symbol, StringComparison.Ordinal) && value.Value * value.Unit.Factor > 100m)
        {
            error = Text($"{value} is out of range: a share is at most 100 % (1 as a fraction).");
            return false;
        }

        part = ObservationPart.ObservedOn;
        if (target.Period is { } period && observedOn < period.Start)
        {
            error = $"Target {target.Id} counts deliveries from {LocalDatePattern.Iso.Format(period.Start)}; an observation dated {LocalDatePattern.Iso.Format(observedOn)} cannot measure it.";
            return false;
        }

        return true;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The part of an observation a broken <see cref="ObservationRule"/> is about.</summary>
internal enum ObservationPart
{
    /// <summary>The unit does not convert to the target's.</summary>
    Unit = 1,

    /// <summary>The value is negative or out of range.</summary>
    Value,

    /// <summary>The day is before the target's period.</summary>
    ObservedOn,
}
