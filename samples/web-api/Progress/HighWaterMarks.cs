namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// The largest row id of each progress table a cached tracker holds: every stored row at or below the marks is in it,
/// none above. Rows are only ever inserted, and writers insert one at a time (the writer lock, PostgreSQL's advisory
/// lock, SQLite's write lock), so the rows above the marks are exactly what the tracker lacks.
/// </summary>
/// <param name="Observations">The largest <see cref="ObservationRow.Id"/> held, 0 for none.</param>
/// <param name="StatusUpdates">The largest <see cref="StatusUpdateRow.Id"/> held, 0 for none.</param>
/// <param name="Withdrawals">The largest <see cref="WithdrawalRow.Id"/> held, 0 for none.</param>
public readonly record struct HighWaterMarks(long Observations, long StatusUpdates, long Withdrawals)
{
    /// <summary>Nothing held: every row is above.</summary>
    public static HighWaterMarks None => default;

    /// <summary>True when every mark is at or above <paramref name="other"/>'s: this holds all the other holds.</summary>
    /// <param name="other">The other marks.</param>
    public bool Covers(HighWaterMarks other) =>
        Observations >= other.Observations && StatusUpdates >= other.StatusUpdates && Withdrawals >= other.Withdrawals;

    /// <summary>The marks raised to the largest of each table's ids (each list may be empty).</summary>
    /// <param name="observations">Ids of observation rows now held.</param>
    /// <param name="statusUpdates">Ids of status rows now held.</param>
    /// <param name="withdrawals">Ids of withdrawal rows now held.</param>
    public HighWaterMarks Raise(IEnumerable<long> observations, IEnumerable<long> statusUpdates, IEnumerable<long> withdrawals) => new(
        observations.Append(Observations).Max(),
        statusUpdates.Append(StatusUpdates).Max(),
        withdrawals.Append(Withdrawals).Max());

    /// <summary>Readable form: the three marks.</summary>
    public override string ToString() => $"observations ≤ {Observations}, status updates ≤ {StatusUpdates}, withdrawals ≤ {Withdrawals}";
}
