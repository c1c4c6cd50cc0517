using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// A supervision report as of a day over a scope: every target's roll-up, every measure's latest statuses, one
/// section per department (what it leads and shares) and one per county, and the overdue list. Made by
/// <see cref="ImplementationTracker.Report(TrackingScope, LocalDate)"/>; export with
/// <see cref="Export.TargetProgressTable"/>, <see cref="Export.DepartmentProgressTable"/> and <see cref="Export.CountyProgressTable"/>.
/// </summary>
public sealed record ImplementationReport
{
    /// <summary>The day of the question: the report describes where things stood on it.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>
    /// The day of knowledge: only entries recorded on or before it count (the log's latest recording day when the
    /// caller named none). With <see cref="AsOf"/> and the scope it fixes the report: issued again from the same log
    /// grown by later corrections, it is the same report.
    /// </summary>
    public LocalDate KnownOn { get; init; }

    /// <summary>What the report covers.</summary>
    public required TrackingScope Scope { get; init => field = Guard.Against.Null(value, nameof(Scope)); }

    /// <summary>Every target in scope, in catalog order.</summary>
    public required ValueList<TargetRollup> Targets { get; init => field = Guard.Against.Null(value, nameof(Targets)); }

    /// <summary>Every measure in scope, in catalog order.</summary>
    public required ValueList<MeasureProgress> Measures { get; init => field = Guard.Against.Null(value, nameof(Measures)); }

    /// <summary>Every department responsible for a measure in scope (and in the subject scope), in registry order.</summary>
    public required ValueList<DepartmentProgress> Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); }

    /// <summary>Every county (县(市)) in the subject scope, and any other division that reported, in code order.</summary>
    public required ValueList<CountyProgress> Counties { get; init => field = Guard.Against.Null(value, nameof(Counties)); }

    /// <summary>The targets past their deadline and not met for some subject.</summary>
    public ValueList<TargetRollup> Overdue => Targets.Where(t => t.IsOverdue).ToValueList();

    /// <summary>How many targets have <paramref name="status"/> overall.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public int CountOf(ComplianceStatus status)
    {
        Data.DefinedEnum.Required(status);
        return Targets.Count(t => t.Status == status);
    }

    /// <summary>The department's section.</summary>
    /// <param name="department">The department's id or any name.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No department has the name.</exception>
    /// <exception cref="KeyNotFoundException">The department has no measure in this report's scope.</exception>
    public DepartmentProgress Department(string department)
    {
        var found = Scope.Catalog.FindDepartment(department);
        return Departments.FirstOrDefault(d => d.Department.Id == found.Id)
            ?? throw new KeyNotFoundException($"{found.Name} has no measure in this report's scope ({Scope}).");
    }

    /// <summary>The county's section.</summary>
    /// <param name="county">The county's code or name (<c>梅河口</c>, <c>220581</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="county"/> is null, empty or whitespace, or ambiguous.</exception>
    /// <exception cref="SubjectNotFoundException">The text names no subject.</exception>
    /// <exception cref="KeyNotFoundException">The division is not in this report.</exception>
    public CountyProgress County(string county)
    {
        var subject = ImplementationTracker.DirectoryFor(Scope.Catalog).Resolve(county);
        return Counties.FirstOrDefault(c => c.Subject == subject)
            ?? throw new KeyNotFoundException($"{SubjectText.Readable(subject)} is not a county of this report ({Scope}).");
    }

    /// <summary>Readable form (English, for logs): the day, the scope and the counts; <see cref="Labels.ReportText.Summary(ImplementationReport, System.Globalization.CultureInfo?)"/> says the counts in a culture.</summary>
    public override string ToString() =>
        $"Implementation as of {LocalDatePattern.Iso.Format(AsOf)}, as known on {LocalDatePattern.Iso.Format(KnownOn)} ({Scope}): {Targets.Count} target(s) — {CountOf(ComplianceStatus.Met)} met, {CountOf(ComplianceStatus.MetLate)} met late, {CountOf(ComplianceStatus.OnTrack)} on track, {CountOf(ComplianceStatus.Pending)} pending, {CountOf(ComplianceStatus.NotMet)} not met, {CountOf(ComplianceStatus.Unreported)} unreported; {Overdue.Count} overdue; {Measures.Count} measure(s), {Measures.Count(m => m.Status is not null)} with a status";
}
