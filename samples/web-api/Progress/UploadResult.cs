namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>What an upload did: the server's recording day, the rows stored, and what the entries did (RecordResult's counts).</summary>
/// <param name="RecordedOn">The recording day of rows that did not carry their own.</param>
/// <param name="Observations">Figure rows stored.</param>
/// <param name="StatusUpdates">Status rows stored.</param>
/// <param name="Withdrawals">Withdrawal rows stored.</param>
/// <param name="New">Entries of keys not known before (新增).</param>
/// <param name="Corrected">Corrections (更正).</param>
/// <param name="Withdrawn">Withdrawals (撤回).</param>
/// <param name="Unchanged">Re-sent on a later day with the same value (重报; stored as evidence).</param>
/// <param name="Duplicate">Entries already stored (重复; not stored again).</param>
public sealed record UploadResult(string RecordedOn, int Observations, int StatusUpdates, int Withdrawals, int New, int Corrected, int Withdrawn, int Unchanged, int Duplicate);
