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
/// <param name="Lead">The measure's lead department, or null.</param>
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
    string? Lead)
{
    /// <summary>Readable form: id, comparator, value and deadline.</summary>
    public override string ToString() => $"{Id} {Comparator} {Value} {Unit} by {Deadline ?? "(no date)"}";
}
