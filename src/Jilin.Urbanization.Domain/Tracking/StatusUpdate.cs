using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// One supervision update on a measure: which body reports (a responsible department, or a county or city
/// government for a document whose measures the local governments carry out), on which day, the status and a
/// narrative. Checked against the catalog when it enters an <see cref="ImplementationTracker"/>.
/// </summary>
public sealed record StatusUpdate : ITrackingEntry
{
    private readonly LocalDate recordedOn;
    private readonly Subject recordedBy;

    /// <summary>Creates an update.</summary>
    /// <param name="measure">The measure reported on.</param>
    /// <param name="reporter">Who reports: a department, or a county-level or prefecture-level division.</param>
    /// <param name="reportedOn">The day of the report.</param>
    /// <param name="status">The status.</param>
    /// <param name="narrative">What was done and what is left (may be empty, never null).</param>
    /// <param name="source">Where the update comes from (a document number, a meeting), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="narrative"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> or <paramref name="reporter"/> is default, or <paramref name="status"/> is not defined.</exception>
    public StatusUpdate(MeasureId measure, Subject reporter, LocalDate reportedOn, MeasureStatus status, string narrative, string? source = null)
    {
        Guard.Against.Null(narrative);
        if (measure == default)
        {
            throw new ArgumentException("A default MeasureId names no measure.", nameof(measure));
        }

        if (reporter.IsDefault)
        {
            throw new ArgumentException("A default Subject names no reporter.", nameof(reporter));
        }

        Data.DefinedEnum.Required(status);
        Data.UserText.RequireRoundTrip(narrative, nameof(narrative));
        Data.UserText.RequireRoundTrip(source, nameof(source));
        Measure = measure;
        Reporter = reporter;
        ReportedOn = reportedOn;
        Status = status;
        Narrative = narrative;
        Source = source;
        recordedOn = reportedOn;
        recordedBy = reporter;
    }

    /// <summary>The measure reported on.</summary>
    public MeasureId Measure { get; }

    /// <summary>Who reports.</summary>
    public Subject Reporter { get; }

    /// <summary>The day of the report.</summary>
    public LocalDate ReportedOn { get; }

    /// <summary>The status.</summary>
    public MeasureStatus Status { get; }

    /// <summary>What was done and what is left.</summary>
    public string Narrative { get; }

    /// <summary>Where the update comes from, or null.</summary>
    public string? Source { get; }

    /// <summary>
    /// The day the update was reported (填报日期), on or after <see cref="ReportedOn"/> (the day the status describes);
    /// by default <see cref="ReportedOn"/>.
    /// </summary>
    /// <exception cref="ArgumentException">(init) The day is before <see cref="ReportedOn"/>.</exception>
    public LocalDate RecordedOn { get => recordedOn; init => recordedOn = Recording.NotBefore(value, ReportedOn, nameof(RecordedOn)); }

    /// <summary>The body that sent the update (填报单位); by default the <see cref="Reporter"/> itself.</summary>
    /// <exception cref="ArgumentException">(init) The subject is default.</exception>
    public Subject RecordedBy { get => recordedBy; init => recordedBy = Recording.Required(value, nameof(RecordedBy)); }

    /// <summary>Why this version was sent (更正原因), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>What the update is a version of: measure × reporter × reported on.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public EntryKey Key => EntryKey.Status(Measure, Reporter, ReportedOn);

    /// <summary>True when <paramref name="other"/> states the same status, narrative and source, whenever and by whomever recorded.</summary>
    internal bool SameContent(StatusUpdate other) => Status == other.Status && Narrative == other.Narrative && Source == other.Source;

    /// <summary>Readable form: <c>jilin-2022-county-urbanization/26 by 省住房和城乡建设厅 (department:housing-urban-rural-development) on 2025-03-31: InProgress</c>.</summary>
    public override string ToString() => $"{Measure} by {SubjectText.Readable(Reporter)} on {LocalDatePattern.Iso.Format(ReportedOn)}: {Status}";
}
