using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Input;

/// <summary>What reading the sent files gave: the valid entries, as a log, and every problem found.</summary>
/// <param name="Entries">The entries of the files that read, merged by the log's rules.</param>
/// <param name="Problems">Every problem, with its location, in file order.</param>
internal sealed record EntryBatch(TrackingLog Entries, IReadOnlyList<Problem> Problems);
