using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// A measured value and the day it was taken: 78 % 5G coverage on 2025-12-31. For a level the value is the level on
/// that day; for an amount it is the cumulative amount delivered from the target's period start to that day.
/// </summary>
public sealed record Observation
{
    /// <summary>Creates an observation.</summary>
    /// <param name="value">The value with its unit.</param>
    /// <param name="observedOn">The day it was observed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    [JsonConstructor]
    public Observation(Quantity value, LocalDate observedOn)
    {
        Guard.Against.Null(value);
        Value = value;
        ObservedOn = observedOn;
    }

    /// <summary>Creates an observation from a number and a unit.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="observedOn">The day it was observed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public Observation(decimal value, Unit unit, LocalDate observedOn)
        : this(new Quantity(value, Guard.Against.Null(unit)), observedOn)
    {
    }

    /// <summary>The value with its unit.</summary>
    public Quantity Value { get; }

    /// <summary>The day it was observed.</summary>
    public LocalDate ObservedOn { get; }

    /// <summary>Readable form: <c>78 % on 2025-12-31</c>.</summary>
    public override string ToString() => $"{Value} on {LocalDatePattern.Iso.Format(ObservedOn)}";
}
