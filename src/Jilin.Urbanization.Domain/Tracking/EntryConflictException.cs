namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Two different versions of one <see cref="EntryKey"/> recorded on the same day: the log cannot order them, so the
/// later one is refused and nothing of its batch is recorded. A correction (更正) is recorded on a later day. An
/// <see cref="ArgumentException"/>, so code that catches bad arguments still catches it; a server answers it with a
/// conflict (HTTP 409) rather than a bad request.
/// </summary>
public sealed class EntryConflictException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public EntryConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What conflicts.</param>
    public EntryConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What conflicts.</param>
    /// <param name="innerException">The cause.</param>
    public EntryConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming both entries.</summary>
    /// <param name="message">What conflicts.</param>
    /// <param name="paramName">The argument that held the refused entry.</param>
    /// <param name="entry">The refused entry.</param>
    /// <param name="existing">The version of the same key recorded the same day.</param>
    public EntryConflictException(string message, string? paramName, ITrackingEntry entry, ITrackingEntry existing)
        : base(message, paramName)
    {
        Entry = entry;
        Existing = existing;
    }

    /// <summary>The refused entry, or null when the exception was made without it.</summary>
    public ITrackingEntry? Entry { get; }

    /// <summary>The version of the same key recorded on the same day that the log already holds, or null when made without it.</summary>
    public ITrackingEntry? Existing { get; }
}
