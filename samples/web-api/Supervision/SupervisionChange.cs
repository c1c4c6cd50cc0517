using Jilin.Urbanization.Domain.Supervision;

namespace Jilin.Urbanization.WebApi.Supervision;

/// <summary>What a supervision write decided over the stored log: an entry to record, one already stored (the same request again), or a refusal.</summary>
/// <param name="Entry">The entry recorded or found, or null when refused.</param>
/// <param name="AlreadyStored">True when <paramref name="Entry"/> was stored before: nothing new is written.</param>
/// <param name="Refusal">The problem answered instead, or null.</param>
public sealed record SupervisionChange(ISupervisionEntry? Entry, bool AlreadyStored, IResult? Refusal)
{
    /// <summary>A new entry, to be checked by the library and stored.</summary>
    /// <param name="entry">The entry.</param>
    public static SupervisionChange New(ISupervisionEntry entry) => new(entry, false, null);

    /// <summary>The very entry asked for is stored already.</summary>
    /// <param name="entry">The stored entry.</param>
    public static SupervisionChange Existing(ISupervisionEntry entry) => new(entry, true, null);

    /// <summary>Nothing is stored; the problem is the answer.</summary>
    /// <param name="problem">The problem.</param>
    public static SupervisionChange Refused(IResult problem) => new(null, false, problem);

    /// <summary>Readable form: what was decided.</summary>
    public override string ToString() => Refusal is not null ? "refused" : AlreadyStored ? $"already stored: {Entry}" : $"new: {Entry}";
}
