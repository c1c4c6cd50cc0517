using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One target indicator as an exported row.</summary>
/// <param name="Id">The target's id.</param>
/// <param name="MeasureId">The measure it belongs to.</param>
/// <param name="Metric">What is measured (short English, curated).</param>
/// <param name="Quote">The commitment's words, verbatim.</param>
/// <param name="Comparator">How the value binds.</param>
/// <param name="Value">The target value.</param>
/// <param name="MaxValue">The upper bound of a range, or null.</param>
/// <param name="Unit">The unit symbol.</param>
/// <param name="Deadline">The deadline (ISO date), or null where none is set.</param>
/// <param name="Commitment">The commitment level.</param>
/// <param name="Basically">True where the text says 基本.</param>
/// <param name="Kind">A level to reach or an amount to deliver.</param>
/// <param name="Binding">Whom the target binds: <c>Province</c> or <c>EachCounty</c>.</param>
/// <param name="Lead">The measure's lead department, or null.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
public sealed record TargetRow(
    string Id,
    string MeasureId,
    string Metric,
    string Quote,
    string Comparator,
    decimal Value,
    decimal? MaxValue,
    string Unit,
    string? Deadline,
    string Commitment,
    bool Basically,
    string Kind,
    string Binding,
    string? Lead)
{
    // Every property declared, in the parameters' order: that order is the JSON member order, and declaring only
    // the guarded ones would move them after the rest.
    /// <summary>The target's id.</summary>
    public string Id { get; init => field = Guard.Against.Null(value, nameof(Id)); } = Guard.Against.Null(Id);

    /// <summary>The measure it belongs to.</summary>
    public string MeasureId { get; init => field = Guard.Against.Null(value, nameof(MeasureId)); } = Guard.Against.Null(MeasureId);

    /// <summary>What is measured (short English, curated).</summary>
    public string Metric { get; init => field = Guard.Against.Null(value, nameof(Metric)); } = Guard.Against.Null(Metric);

    /// <summary>The commitment's words, verbatim.</summary>
    public string Quote { get; init => field = Guard.Against.Null(value, nameof(Quote)); } = Guard.Against.Null(Quote);

    /// <summary>How the value binds.</summary>
    public string Comparator { get; init => field = Guard.Against.Null(value, nameof(Comparator)); } = Guard.Against.Null(Comparator);

    /// <summary>The target value.</summary>
    public decimal Value { get; init; } = Value;

    /// <summary>The upper bound of a range, or null.</summary>
    public decimal? MaxValue { get; init; } = MaxValue;

    /// <summary>The unit symbol.</summary>
    public string Unit { get; init => field = Guard.Against.Null(value, nameof(Unit)); } = Guard.Against.Null(Unit);

    /// <summary>The deadline (ISO date), or null where none is set.</summary>
    public string? Deadline { get; init; } = Deadline;

    /// <summary>The commitment level.</summary>
    public string Commitment { get; init => field = Guard.Against.Null(value, nameof(Commitment)); } = Guard.Against.Null(Commitment);

    /// <summary>True where the text says 基本.</summary>
    public bool Basically { get; init; } = Basically;

    /// <summary>A level to reach or an amount to deliver.</summary>
    public string Kind { get; init => field = Guard.Against.Null(value, nameof(Kind)); } = Guard.Against.Null(Kind);

    /// <summary>Whom the target binds: <c>Province</c> or <c>EachCounty</c>.</summary>
    public string Binding { get; init => field = Guard.Against.Null(value, nameof(Binding)); } = Guard.Against.Null(Binding);

    /// <summary>The measure's lead department, or null.</summary>
    public string? Lead { get; init; } = Lead;

    /// <summary>Readable form: id, comparator, value and deadline.</summary>
    public override string ToString() => $"{Id} {Comparator} {Value} {Unit} by {Deadline ?? "(no date)"}";
}
