using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>
/// The body of <c>POST /progress/withdrawals</c>: a figure, <c>{"target", "subject", "observedOn"}</c>, or a status,
/// <c>{"measure", "reporter", "reportedOn"}</c>, with an optional <c>reason</c> (撤回原因), <c>recordedBy</c> (填报单位;
/// default: the subject or reporter) and <c>recordedOn</c> (填报日期; default: the server's day). Subjects by
/// canonical text or any name (梅河口, 省民政厅).
/// </summary>
/// <param name="Target">The target of a figure.</param>
/// <param name="Subject">What the figure is about (blank: the province).</param>
/// <param name="ObservedOn">The day the figure is about (ISO).</param>
/// <param name="Measure">The measure of a status.</param>
/// <param name="Reporter">Who reported the status.</param>
/// <param name="ReportedOn">The day the status describes (ISO).</param>
/// <param name="Reason">Why (撤回原因).</param>
/// <param name="RecordedBy">Who withdraws it (填报单位).</param>
/// <param name="RecordedOn">The day of the withdrawal (ISO).</param>
public sealed record WithdrawalRequest(
    string? Target = null,
    string? Subject = null,
    string? ObservedOn = null,
    string? Measure = null,
    string? Reporter = null,
    string? ReportedOn = null,
    string? Reason = null,
    string? RecordedBy = null,
    string? RecordedOn = null)
{
    /// <summary>The withdrawal this body asks for.</summary>
    /// <param name="tracker">Resolves the names and ids.</param>
    /// <param name="today">The server's recording day.</param>
    /// <param name="caller">Who withdraws (填报单位 when the body names none).</param>
    /// <exception cref="FormatException">An id or a day is malformed, or neither a figure nor a status is named.</exception>
    /// <exception cref="KeyNotFoundException">The target or measure is unknown.</exception>
    /// <exception cref="ArgumentException">A name is ambiguous or unknown, or the withdrawal is dated before its key's day.</exception>
    public Withdrawal ToWithdrawal(ImplementationTracker tracker, LocalDate today, Subject caller)
    {
        EntryKey key;
        if (Measure is not null)
        {
            var measure = tracker.Catalog.GetMeasure(MeasureId.TryParse(Measure, out var id) ? id : throw new FormatException($"'{Measure}' is not a measure id."));
            key = EntryKey.Status(measure.Id, tracker.Subjects.Resolve(Reporter ?? string.Empty), Day(ReportedOn, "reportedOn"));
        }
        else if (Target is not null)
        {
            var target = tracker.Catalog.GetTarget(TargetId.TryParse(Target, out var id) ? id : throw new FormatException($"'{Target}' is not a target id."));
            key = EntryKey.Figure(target.Id, string.IsNullOrWhiteSpace(Subject) ? Jilin.Urbanization.Domain.Tracking.Subject.Province : tracker.Subjects.Resolve(Subject), Day(ObservedOn, "observedOn"));
        }
        else
        {
            throw new FormatException("Name a figure (target, subject, observedOn) or a status (measure, reporter, reportedOn).");
        }

        var by = string.IsNullOrWhiteSpace(RecordedBy) ? caller : tracker.Subjects.Resolve(RecordedBy);
        return new Withdrawal(key, RecordedOn is null ? today : Day(RecordedOn, "recordedOn"), by, string.IsNullOrWhiteSpace(Reason) ? null : Reason);
    }

    private static LocalDate Day(string? text, string name) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : throw new FormatException($"{name} is an ISO date (yyyy-MM-dd).");
}
