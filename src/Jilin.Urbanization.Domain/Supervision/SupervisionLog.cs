using System.Text.Json;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The supervision office's append-only record (督办台账): notices issued (督办单), replies, verifications (核查,
/// 销号) and reopenings, each with the day it is about and the day it was recorded, like the <see cref="TrackingLog"/>.
/// Nothing is changed or removed: every question is asked as of a day and as known on a day, so what was issued or
/// closed on any day is reproduced exactly later. Values: equal logs are equal; <c>With…</c> returns a new log.
/// A <see cref="Supervisor"/> checks a log against the catalog and the tracking log.
/// </summary>
public sealed record SupervisionLog
{
    /// <summary>The empty log.</summary>
    public static SupervisionLog Empty { get; } = new() { Notices = ValueList<Notice>.Empty, Replies = ValueList<NoticeReply>.Empty, Verifications = ValueList<Verification>.Empty, Reopenings = ValueList<Reopening>.Empty };

    /// <summary>The notices issued, in the order recorded.</summary>
    public required ValueList<Notice> Notices { get; init => field = Guard.Against.Null(value, nameof(Notices)); }

    /// <summary>The replies, in the order recorded.</summary>
    public required ValueList<NoticeReply> Replies { get; init => field = Guard.Against.Null(value, nameof(Replies)); }

    /// <summary>The verifications, in the order recorded.</summary>
    public required ValueList<Verification> Verifications { get; init => field = Guard.Against.Null(value, nameof(Verifications)); }

    /// <summary>The reopenings, in the order recorded.</summary>
    public required ValueList<Reopening> Reopenings { get; init => field = Guard.Against.Null(value, nameof(Reopenings)); }

    /// <summary>The log with one more entry appended (not checked: <see cref="Supervisor.Record(ISupervisionEntry)"/> checks).</summary>
    /// <param name="entry">A <see cref="Notice"/>, <see cref="NoticeReply"/>, <see cref="Verification"/> or <see cref="Reopening"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entry"/> is of another kind.</exception>
    public SupervisionLog With(ISupervisionEntry entry) => Guard.Against.Null(entry) switch
    {
        Notice n => this with { Notices = Notices.Append(n).ToValueList() },
        NoticeReply r => this with { Replies = Replies.Append(r).ToValueList() },
        Verification v => this with { Verifications = Verifications.Append(v).ToValueList() },
        Reopening o => this with { Reopenings = Reopenings.Append(o).ToValueList() },
        _ => throw new ArgumentException($"{entry.GetType().Name} is not a supervision entry this log keeps.", nameof(entry)),
    };

    /// <summary>The log as it stood on <paramref name="knownOn"/>: the entries recorded on or before it.</summary>
    /// <param name="knownOn">The day of knowledge.</param>
    public SupervisionLog AsKnownOn(LocalDate knownOn) => new()
    {
        Notices = Notices.Where(e => e.RecordedOn <= knownOn).ToValueList(),
        Replies = Replies.Where(e => e.RecordedOn <= knownOn).ToValueList(),
        Verifications = Verifications.Where(e => e.RecordedOn <= knownOn).ToValueList(),
        Reopenings = Reopenings.Where(e => e.RecordedOn <= knownOn).ToValueList(),
    };

    /// <summary>A body's notices issued on or before <paramref name="asOf"/> and recorded by <paramref name="knownOn"/>, by issue day.</summary>
    /// <param name="body">The body.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    public ValueList<Notice> NoticesTo(Subject body, LocalDate asOf, LocalDate knownOn) =>
        Notices.Where(n => n.Body == body && n.IssuedOn <= asOf && n.RecordedOn <= knownOn).OrderBy(n => n.IssuedOn).ThenBy(n => n.Number, StringComparer.Ordinal).ToValueList();

    /// <summary>The reply to a notice received on or before <paramref name="asOf"/> and recorded by <paramref name="knownOn"/>, or null.</summary>
    /// <param name="number">The notice's number.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is null, empty or whitespace.</exception>
    public NoticeReply? ReplyTo(string number, LocalDate asOf, LocalDate knownOn)
    {
        Guard.Against.NullOrWhiteSpace(number);
        return Replies.Where(r => r.Notice == number && r.RepliedOn <= asOf && r.RecordedOn <= knownOn).OrderBy(r => r.RepliedOn).FirstOrDefault();
    }

    /// <summary>Whether an item is closed (销号) on <paramref name="asOf"/> as known on <paramref name="knownOn"/>: its latest verification or reopening by then is a verification.</summary>
    /// <param name="item">The item.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="knownOn">The day of knowledge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public bool IsClosed(SupervisedItem item, LocalDate asOf, LocalDate knownOn)
    {
        Guard.Against.Null(item);
        var verified = Verifications.Where(v => v.Item == item && v.VerifiedOn <= asOf && v.RecordedOn <= knownOn).Select(v => (LocalDate?)v.VerifiedOn).Max();
        var reopened = Reopenings.Where(r => r.Item == item && r.ReopenedOn <= asOf && r.RecordedOn <= knownOn).Select(r => (LocalDate?)r.ReopenedOn).Max();
        return verified is { } v && (reopened is not { } r || v > r);
    }

    /// <summary>The last day any entry was recorded, or null for the empty log.</summary>
    public LocalDate? LastRecordedOn =>
        Notices.Select(e => (LocalDate?)e.RecordedOn).Concat(Replies.Select(e => (LocalDate?)e.RecordedOn))
            .Concat(Verifications.Select(e => (LocalDate?)e.RecordedOn)).Concat(Reopenings.Select(e => (LocalDate?)e.RecordedOn)).Max();

    /// <summary>Writes the log as JSON (UTF-8, the library's JSON: ids and ISO dates as text, enums camel case).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    public void WriteJson(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(utf8Json));
        }

        JsonSerializer.Serialize(utf8Json, this, DomainJsonContext.Default.SupervisionLog);
    }

    /// <summary>Reads a log written by <see cref="WriteJson"/>; check it with a <see cref="Supervisor"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is not a supervision log; the message says where.</exception>
    public static SupervisionLog ReadJson(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Json));
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json, DomainJsonContext.Default.SupervisionLog)
                ?? throw new PolicyDataException("The supervision log is JSON null; expected an object with 'notices', 'replies', 'verifications' and 'reopenings'.", "$");
        }
        catch (JsonException e)
        {
            var (message, where) = StrictText.JsonError(e);
            throw new PolicyDataException($"The supervision log is not valid: {message}", where, e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException and not PolicyDataException)
        {
            throw new PolicyDataException($"The supervision log is not valid: {StrictText.Quote(e.Message)}", "$", e);
        }
    }

    /// <summary>Writes the log as JSON asynchronously (see <see cref="WriteJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        AsyncStreams.WriteAsync(AsyncStreams.Writable(utf8Json, nameof(utf8Json)), WriteJson, cancellationToken);

    /// <summary>Reads log written as JSON asynchronously (see <see cref="ReadJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="utf8Json">The stream to read; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is not valid; the message says where.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<SupervisionLog> ReadJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        AsyncStreams.ReadAsync(AsyncStreams.Readable(utf8Json, nameof(utf8Json)), ReadJson, cancellationToken);

    /// <summary>Readable form: the counts.</summary>
    public override string ToString() =>
        $"SupervisionLog: {Notices.Count} notice(s), {Replies.Count} reply(ies), {Verifications.Count} verification(s), {Reopenings.Count} reopening(s)";
}
