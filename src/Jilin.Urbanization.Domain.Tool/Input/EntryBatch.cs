using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Input;

/// <summary>What reading the sent files gave: the valid entries, as a log, every problem found, and the rows that gave neither.</summary>
/// <param name="Entries">The entries of the files that read, merged by the log's rules.</param>
/// <param name="Problems">Every problem, with its location, in file order.</param>
/// <param name="Notes">Per file, the rows that gave no entry and are no problem (未填报; 合计、落款或注释), so none goes unseen.</param>
internal sealed record EntryBatch(TrackingLog Entries, IReadOnlyList<Problem> Problems, IReadOnlyList<string> Notes);
