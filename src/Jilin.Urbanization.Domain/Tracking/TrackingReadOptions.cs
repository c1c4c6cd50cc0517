namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What a reader assumes for a whole file where a row does not say it: the day the file was reported (填报日期)
/// and the body that sent it (填报单位). A row's own <c>recordedOn</c> (填报日期) and <c>recordedBy</c> (填报单位)
/// columns win.
/// </summary>
public sealed record TrackingReadOptions
{
    /// <summary>The recording day of rows without one; null: the day each row is about (its observed or reported day).</summary>
    public NodaTime.LocalDate? RecordedOn { get; init; }

    /// <summary>The reporting body of rows without one; null: the row's own subject or reporter.</summary>
    /// <exception cref="ArgumentException">(init) The subject is default.</exception>
    public Subject? RecordedBy
    {
        get;
        init => field = value is { } by ? Recording.Required(by, nameof(RecordedBy)) : null;
    }

    /// <summary>Readable form: the defaults.</summary>
    public override string ToString() => $"TrackingReadOptions: recorded on {(RecordedOn is { } on ? NodaTime.Text.LocalDatePattern.Iso.Format(on) : "each row's day")}, by {(RecordedBy is { } by ? by.ToString() : "each row's subject")}";

    /// <summary>No defaults: each row is recorded on its own day, by its own subject or reporter.</summary>
    public static TrackingReadOptions None { get; } = new();
}
