using System.Text.Json;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// An <see cref="ImplementationReport"/> shaped for programs (a web front end, a dashboard): the days, the scope, the
/// counts, and the rows of <see cref="TargetRollupTable"/>, <see cref="DepartmentProgressTable"/> and
/// <see cref="CountyProgressTable"/> as objects — lists as arrays, subjects as <c>{code, name, kind}</c>, quantities as
/// <c>{value, unit}</c>, statuses by their camelCase names, no joined strings. Its size follows what is reported
/// (targets, departments, counties); the per-subject results are added only when the caller asks
/// (<see cref="ReportDetail.Results"/>). The report itself serialised with <see cref="DomainJson"/> is the full object
/// graph (every target and measure with its texts, for reading back), many times larger.
/// </summary>
/// <param name="AsOf">The day of the question (ISO).</param>
/// <param name="KnownOn">The day of knowledge (ISO): entries recorded after it do not count.</param>
/// <param name="Scope">What the report covers, as people read it (<c>everything</c>, <c>documents …; led by 省住房和城乡建设厅</c>).</param>
/// <param name="Detail">How much the document holds.</param>
/// <param name="Counts">How many targets have each overall status, and how many are overdue.</param>
/// <param name="Targets">One row per target, rolled up over its subjects.</param>
/// <param name="Departments">One row per department responsible for a measure in scope.</param>
/// <param name="Counties">One row per county (县(市)) in the subject scope, and any other division that reported.</param>
/// <param name="Results">Every target's result per subject with <see cref="ReportDetail.Results"/>; null with <see cref="ReportDetail.Sections"/>.</param>
/// <exception cref="ArgumentNullException">A parameter that is not marked nullable is null.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="Detail"/> is not a defined value.</exception>
public sealed record ImplementationReportJson(
    string AsOf,
    string KnownOn,
    string Scope,
    ReportDetail Detail,
    ReportCounts Counts,
    ValueList<TargetRollupRow> Targets,
    ValueList<DepartmentProgressRow> Departments,
    ValueList<CountyProgressRow> Counties,
    ValueList<TargetProgressRow>? Results)
{
    /// <summary>The day of the question (ISO).</summary>
    public string AsOf { get; init => field = Guard.Against.Null(value, nameof(AsOf)); } = Guard.Against.Null(AsOf);

    /// <summary>The day of knowledge (ISO).</summary>
    public string KnownOn { get; init => field = Guard.Against.Null(value, nameof(KnownOn)); } = Guard.Against.Null(KnownOn);

    /// <summary>What the report covers, as people read it.</summary>
    public string Scope { get; init => field = Guard.Against.Null(value, nameof(Scope)); } = Guard.Against.Null(Scope);

    /// <summary>How much the document holds.</summary>
    public ReportDetail Detail { get; init => field = Data.DefinedEnum.Required(value, nameof(Detail)); } = Data.DefinedEnum.Required(Detail, nameof(Detail));

    /// <summary>How many targets have each overall status, and how many are overdue.</summary>
    public ReportCounts Counts { get; init => field = Guard.Against.Null(value, nameof(Counts)); } = Guard.Against.Null(Counts);

    /// <summary>One row per target, rolled up over its subjects.</summary>
    public ValueList<TargetRollupRow> Targets { get; init => field = Guard.Against.Null(value, nameof(Targets)); } = Guard.Against.Null(Targets);

    /// <summary>One row per department.</summary>
    public ValueList<DepartmentProgressRow> Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); } = Guard.Against.Null(Departments);

    /// <summary>One row per county.</summary>
    public ValueList<CountyProgressRow> Counties { get; init => field = Guard.Against.Null(value, nameof(Counties)); } = Guard.Against.Null(Counties);

    /// <summary>Every target's result per subject, or null.</summary>
    public ValueList<TargetProgressRow>? Results { get; init; } = Results;

    /// <summary>The document for <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="detail">How much to hold: the sections (the default), or the sections and every per-subject result.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="detail"/> is not a defined value.</exception>
    public static ImplementationReportJson From(ImplementationReport report, ReportDetail detail = ReportDetail.Sections)
    {
        Guard.Against.Null(report);
        Data.DefinedEnum.Required(detail);
        return new ImplementationReportJson(
            LocalDatePattern.Iso.Format(report.AsOf),
            LocalDatePattern.Iso.Format(report.KnownOn),
            report.Scope.ToString(),
            detail,
            new ReportCounts(
                report.CountOf(ComplianceStatus.Met),
                report.CountOf(ComplianceStatus.MetLate),
                report.CountOf(ComplianceStatus.OnTrack),
                report.CountOf(ComplianceStatus.Pending),
                report.CountOf(ComplianceStatus.NotMet),
                report.CountOf(ComplianceStatus.Unreported),
                report.Overdue.Count),
            TargetRollupTable.From(report).Rows,
            DepartmentProgressTable.From(report).Rows,
            CountyProgressTable.From(report).Rows,
            detail == ReportDetail.Results ? TargetProgressTable.From(report).Rows : null);
    }

    /// <summary>Writes the document as JSON: camelCase members, indented, UTF-8 without a byte-order mark, Chinese as text.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public void WriteJson(Stream stream)
    {
        AsyncStreams.Writable(stream, nameof(stream));
        JsonSerializer.Serialize(stream, this, ExportJsonContext.Readable.ImplementationReportJson);
    }

    /// <summary>Writes the document as JSON asynchronously (see <see cref="WriteJson"/>); works on a stream that forbids synchronous I/O.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        AsyncStreams.Writable(stream, nameof(stream));
        return JsonSerializer.SerializeAsync(stream, this, ExportJsonContext.Readable.ImplementationReportJson, cancellationToken);
    }

    /// <summary>The JSON text; see <see cref="WriteJson"/>.</summary>
    /// <returns>The text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ExportJsonContext.Readable.ImplementationReportJson);

    /// <summary>Readable form: the days, the scope and the row counts.</summary>
    public override string ToString() =>
        $"Implementation as of {AsOf}, as known on {KnownOn} ({Scope}): {Targets.Count} target(s), {Departments.Count} department(s), {Counties.Count} count(ies){(Results is null ? string.Empty : $", {Results.Count} result(s)")}";
}
