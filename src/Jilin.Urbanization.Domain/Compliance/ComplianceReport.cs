using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Compliance;

/// <summary>
/// A progress report evaluated as of a day: one result per observed target, counts by status, the targets past
/// their deadline and not met (overdue, unreported ones included), and the targets nobody reported on.
/// </summary>
public sealed record ComplianceReport
{
    /// <summary>Creates a report (normally made by <see cref="ProgressReport.Evaluate(Catalog.PolicyCatalog, IClock)"/>).</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <param name="results">The per-target results.</param>
    /// <param name="overdue">The targets past their deadline and not met.</param>
    /// <param name="unreported">The ids of targets without an observation.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public ComplianceReport(LocalDate asOf, ValueList<TargetEvaluation> results, ValueList<TargetIndicator> overdue, ValueList<TargetId> unreported)
    {
        AsOf = asOf;
        Results = Guard.Against.Null(results);
        Overdue = Guard.Against.Null(overdue);
        Unreported = Guard.Against.Null(unreported);
    }

    /// <summary>The day of the question.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One result per observed target, in catalog order.</summary>
    public ValueList<TargetEvaluation> Results { get; }

    /// <summary>The targets whose deadline passed before <see cref="AsOf"/> and that are not met: NotMet, or not reported on.</summary>
    public ValueList<TargetIndicator> Overdue { get; }

    /// <summary>The ids of the catalog's targets the progress report has no observation for.</summary>
    public ValueList<TargetId> Unreported { get; }

    /// <summary>How many results have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public int CountOf(ComplianceStatus status)
    {
        Data.DefinedEnum.Required(status);
        return Results.Count(r => r.Status == status);
    }

    /// <summary>Writes the report as UTF-8 JSON (source-generated; Chinese characters written as they are).</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    public void WriteJson(Stream utf8Json)
    {
        Serialization.AsyncStreams.Writable(utf8Json, nameof(utf8Json));
        System.Text.Json.JsonSerializer.Serialize(utf8Json, ToDto(), ComplianceJsonContext.Readable.ComplianceReportDto);
    }

    /// <summary>Writes the report as UTF-8 JSON asynchronously (see <see cref="WriteJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        Serialization.AsyncStreams.WriteAsync(Serialization.AsyncStreams.Writable(utf8Json, nameof(utf8Json)), WriteJson, cancellationToken);

    /// <summary>Readable form: the day and the counts.</summary>
    public override string ToString() =>
        $"Compliance as of {Format(AsOf)}: {CountOf(ComplianceStatus.Met)} met, {CountOf(ComplianceStatus.NotMet)} not met, {CountOf(ComplianceStatus.OnTrack)} on track, {CountOf(ComplianceStatus.Pending)} pending, {CountOf(ComplianceStatus.MetLate)} met late; {Overdue.Count} overdue, {Unreported.Count} unreported";

    private ComplianceReportDto ToDto() => new(
        ProgressReportReader.SupportedVersion,
        Format(AsOf),
        new StatusCountsDto(
            CountOf(ComplianceStatus.Met),
            CountOf(ComplianceStatus.NotMet),
            CountOf(ComplianceStatus.OnTrack),
            CountOf(ComplianceStatus.Pending),
            CountOf(ComplianceStatus.MetLate),
            Unreported.Count),
        Results.Select(r => new EvaluationDto(
            r.TargetId.ToString(),
            EnumNames.ToJson(r.Status),
            r.Satisfied,
            r.Observation.Value.Value,
            r.Observation.Value.Unit.Symbol,
            Format(r.Observation.ObservedOn),
            EnumNames.ToJson(r.Comparator),
            r.Target.Value,
            r.MaxValue,
            r.Target.Unit.Symbol,
            r.Margin.Value,
            r.Deadline is { } d ? Format(d) : null,
            EnumNames.ToJson(r.Commitment),
            r.Basically,
            r.Explanation)).ToList(),
        Overdue.Select(t => t.Id.ToString()).ToList(),
        Unreported.Select(id => id.ToString()).ToList());

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
