namespace Jilin.Urbanization.Domain.Export;

/// <summary>One evaluated target of a compliance report as an exported row.</summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="Status">The result.</param>
/// <param name="Observed">The observed value, in the target's unit.</param>
/// <param name="ObservedOn">The day of the observation (ISO date).</param>
/// <param name="Target">The target value.</param>
/// <param name="Unit">The target's unit symbol.</param>
/// <param name="Comparator">How the value binds.</param>
/// <param name="Margin">Observed minus target (toward the comparator), in the target's unit.</param>
/// <param name="Deadline">The deadline (ISO date), or null.</param>
/// <param name="Commitment">The commitment level.</param>
/// <param name="Overdue">True when the deadline has passed without the target met.</param>
/// <param name="Explanation">One line that says why.</param>
public sealed record ComplianceRow(
    string TargetId,
    string Status,
    decimal Observed,
    string ObservedOn,
    decimal Target,
    string Unit,
    string Comparator,
    decimal Margin,
    string? Deadline,
    string Commitment,
    bool Overdue,
    string Explanation)
{
    /// <summary>Readable form: target id and status.</summary>
    public override string ToString() => $"{TargetId}: {Status}";
}
