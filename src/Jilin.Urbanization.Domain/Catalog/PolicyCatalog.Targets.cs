using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Identifiers;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Catalog;

/// <summary>The target queries: due dates, overdue targets, targets by measure, department and unit.</summary>
public sealed partial class PolicyCatalog
{
    private TargetIndex? targetIndex;

    /// <summary>Every target of every measure, in catalog order (documents oldest first, measures and targets in text order).</summary>
    public ValueList<TargetIndicator> Targets => TargetIndexValue.Targets;

    /// <summary>Every selecting condition of every measure, in catalog order.</summary>
    public ValueList<TargetCondition> Conditions => TargetIndexValue.Conditions;

    private TargetIndex TargetIndexValue => Once.Get(ref targetIndex, Measures, static measures => new TargetIndex(measures));

    /// <summary>Returns the target with id <paramref name="id"/>, e.g. <c>jilin-2022-county-urbanization/68/t1</c>.</summary>
    /// <param name="id">The target's id.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace.</exception>
    /// <exception cref="KeyNotFoundException">No target has that id.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a target id; the message says why.</exception>
    public TargetIndicator GetTarget(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return GetTarget(TargetId.Parse(id));
    }

    /// <summary>Returns the target with id <paramref name="id"/>.</summary>
    /// <param name="id">The target's id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No target has that id.</exception>
    public TargetIndicator GetTarget(TargetId id) =>
        TryGetTarget(IdText.Required(id, nameof(id)), out var target)
            ? target
            : throw new KeyNotFoundException($"No target has the id '{id}'. Target ids are '<measure-id>/t<n>', e.g. '{DocumentIds.CountyUrbanization2022}/68/t1'; the measure's targets are listed by TargetsOf.");

    /// <summary>Tries to find the target with id <paramref name="id"/>.</summary>
    /// <param name="id">The target's id; <c>default</c> gives false.</param>
    /// <param name="target">The target, or null.</param>
    /// <returns>True when the catalog holds the target.</returns>
    public bool TryGetTarget(TargetId id, [NotNullWhen(true)] out TargetIndicator? target) =>
        TargetIndexValue.ById.TryGetValue(id, out target);

    /// <summary>Tries to find the target with id <paramref name="id"/>.</summary>
    /// <param name="id">The target's id; null gives false.</param>
    /// <param name="target">The target, or null.</param>
    public bool TryGetTarget([NotNullWhen(true)] string? id, [NotNullWhen(true)] out TargetIndicator? target)
    {
        target = null;
        return TargetId.TryParse(id, out var parsed) && TryGetTarget(parsed, out target);
    }

    /// <summary>The targets whose deadline is on or before <paramref name="date"/>, in deadline order (catalog order within a day). Undated targets are never due.</summary>
    /// <param name="date">The last day, e.g. 2025-12-31 for "due by the end of 2025".</param>
    public ValueList<TargetIndicator> TargetsDueBy(LocalDate date) =>
        Targets.Where(t => t.Deadline is { } d && d.IsDueBy(date)).OrderBy(t => t.Deadline!.Date).ToValueList();

    /// <summary>The targets whose deadline falls within <paramref name="period"/> (both ends included), in deadline order.</summary>
    /// <param name="period">The period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public ValueList<TargetIndicator> TargetsDueIn(DateInterval period)
    {
        Guard.Against.Null(period);
        return Targets.Where(t => t.Deadline is { } d && period.Contains(d.Date)).OrderBy(t => t.Deadline!.Date).ToValueList();
    }

    /// <summary>The targets whose deadline falls between <paramref name="start"/> and <paramref name="end"/> (both included), in deadline order.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ValueList<TargetIndicator> TargetsDueIn(LocalDate start, LocalDate end) =>
        end < start
            ? throw new ArgumentOutOfRangeException(nameof(end), end, $"The range ends before it starts ({start:uuuu-MM-dd}).")
            : TargetsDueIn(new DateInterval(start, end));

    /// <summary>The targets whose deadline has passed as of <paramref name="asOf"/> (the deadline day itself still counts), in deadline order.</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The targets.</returns>
    public ValueList<TargetIndicator> TargetsPastDeadline(LocalDate asOf) =>
        Targets.Where(t => t.Deadline is { } d && d.HasPassed(asOf)).OrderBy(t => t.Deadline!.Date).ToValueList();

    /// <summary>
    /// The targets whose deadline has passed as of today in China Standard Time by <paramref name="clock"/> (the deadline
    /// day itself still counts), in deadline order. Without progress data this says nothing about whether they were met;
    /// <see cref="ComplianceReport.Overdue"/> lists those past their deadline and not met.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The clock's instant is beyond the calendar (see <see cref="ComplianceCalendar.Today"/>).</exception>
    public ValueList<TargetIndicator> TargetsPastDeadline(IClock clock)
    {
        return TargetsPastDeadline(ComplianceCalendar.Today(clock));
    }

    /// <summary>The targets of measure <paramref name="id"/>.</summary>
    /// <param name="id">The measure's id.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">No measure has that id.</exception>
    public ValueList<TargetIndicator> TargetsOf(MeasureId id) => GetMeasure(id).Targets;

    /// <summary>The targets of the measures a department leads (牵头部门), in catalog order.</summary>
    /// <param name="department">A department id or any name (see <see cref="DepartmentRegistry.Resolve"/>), e.g. <c>省民政厅</c>.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department answers to the name; the message lists the nearest names.</exception>
    public ValueList<TargetIndicator> TargetsLedBy(string department) => TargetsLedBy(FindDepartment(department).Id);

    /// <summary>The targets of the measures a department leads (牵头部门), in catalog order.</summary>
    /// <param name="department">A department id.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id.</exception>
    public ValueList<TargetIndicator> TargetsLedBy(DepartmentId department) =>
        Indexes.LedBy(Departments.Get(department).Id.ToString()).SelectMany(m => m.Targets).ToValueList();

    /// <summary>The targets of the measures that list a department (as lead or not), in catalog order.</summary>
    /// <param name="department">A department id or any name (see <see cref="DepartmentRegistry.Resolve"/>).</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department answers to the name; the message lists the nearest names.</exception>
    public ValueList<TargetIndicator> TargetsInvolving(string department) => TargetsInvolving(FindDepartment(department).Id);

    /// <summary>The targets of the measures that list a department (as lead or not), in catalog order.</summary>
    /// <param name="department">A department id.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id.</exception>
    public ValueList<TargetIndicator> TargetsInvolving(DepartmentId department) =>
        Indexes.Involving(Departments.Get(department).Id.ToString()).SelectMany(m => m.Targets).ToValueList();

    /// <summary>The targets measured in <paramref name="unit"/> or a unit compatible with it (万套 finds 套 targets), in catalog order.</summary>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public ValueList<TargetIndicator> TargetsMeasuredIn(Unit unit)
    {
        Guard.Against.Null(unit);
        return Targets.Where(t => t.Unit.IsCompatibleWith(unit)).ToValueList();
    }

    /// <summary>The target look-ups, built on first use.</summary>
    private sealed class TargetIndex
    {
        public TargetIndex(ValueList<Measure> measures)
        {
            Targets = measures.SelectMany(m => m.Targets).ToValueList();
            Conditions = measures.SelectMany(m => m.Conditions).ToValueList();
            ById = Targets.ToDictionary(t => t.Id);
        }

        public ValueList<TargetIndicator> Targets { get; }

        public ValueList<TargetCondition> Conditions { get; }

        public Dictionary<TargetId, TargetIndicator> ById { get; }
    }
}
