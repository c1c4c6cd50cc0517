using System.Collections;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// A fluent, immutable query over the catalog's target indicators, like <see cref="MeasureQuery"/> over measures:
/// each call returns a narrower query; enumerating it yields the matching targets in catalog order. Department
/// arguments follow the one rule for names (ids, names, aliases, abbreviations).
/// </summary>
public sealed class TargetQuery : IEnumerable<TargetIndicator>
{
    private readonly ImmutableArray<Func<TargetIndicator, bool>> filters;

    internal TargetQuery(PolicyCatalog catalog)
        : this(catalog, [])
    {
    }

    private TargetQuery(PolicyCatalog catalog, ImmutableArray<Func<TargetIndicator, bool>> filters)
    {
        Catalog = catalog;
        this.filters = filters;
    }

    /// <summary>The catalog queried.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>Keeps the targets that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public TargetQuery Where(Func<TargetIndicator, bool> predicate) => new(Catalog, filters.Add(Guard.Against.Null(predicate)));

    /// <summary>Keeps the targets of one document.</summary>
    /// <param name="document">A document id.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    public TargetQuery InDocument(DocumentId document)
    {
        var id = Catalog.DocumentArgument(document, nameof(document)).Id;
        return Where(t => t.MeasureId.DocumentId == id);
    }

    /// <summary>Keeps the targets of the measures a department leads (牵头部门).</summary>
    /// <param name="department">A department id or any name (see <see cref="DepartmentRegistry.Resolve"/>).</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department answers to the name.</exception>
    public TargetQuery LedBy(string department) => LedBy(Catalog.FindDepartment(department).Id);

    /// <summary>Keeps the targets of the measures a department leads (牵头部门).</summary>
    /// <param name="department">A department id.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id.</exception>
    public TargetQuery LedBy(DepartmentId department) => In(Catalog.TargetsLedBy(department));

    /// <summary>Keeps the targets of the measures that list a department in any role.</summary>
    /// <param name="department">A department id or any name.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department answers to the name.</exception>
    public TargetQuery Involving(string department) => In(Catalog.TargetsInvolving(department));

    /// <summary>Keeps the targets whose deadline falls within <paramref name="period"/>, both ends included.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public TargetQuery DueIn(DateInterval period)
    {
        Guard.Against.Null(period);
        return Where(t => t.Deadline is { } d && period.Contains(d.Date));
    }

    /// <summary>Keeps the targets whose deadline falls between <paramref name="start"/> and <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public TargetQuery DueIn(LocalDate start, LocalDate end) =>
        end < start
            ? throw new ArgumentOutOfRangeException(nameof(end), end, $"The range ends before it starts ({start:uuuu-MM-dd}).")
            : DueIn(new DateInterval(start, end));

    /// <summary>Keeps the targets whose deadline has passed as of <paramref name="asOf"/> (the deadline day itself still counts).</summary>
    /// <param name="asOf">The day of the question.</param>
    /// <returns>The narrower query.</returns>
    public TargetQuery PastDeadline(LocalDate asOf) => Where(t => t.Deadline is { } d && d.HasPassed(asOf));

    /// <summary>Keeps the targets whose deadline has passed as of today in China Standard Time by <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public TargetQuery PastDeadline(IClock clock) => PastDeadline(Compliance.ComplianceCalendar.Today(clock));

    /// <summary>Keeps the targets measured in <paramref name="unit"/> or a unit compatible with it.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public TargetQuery MeasuredIn(Unit unit)
    {
        Guard.Against.Null(unit);
        return Where(t => t.Unit.IsCompatibleWith(unit));
    }

    /// <summary>The matching targets, in catalog order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<TargetIndicator> GetEnumerator() =>
        Catalog.Targets.Where(t => filters.All(f => f(t))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Readable form: how many filters the query holds.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"target query with {filters.Length} filter(s) over {Catalog.Targets.Count} targets";

    private TargetQuery In(ValueList<TargetIndicator> targets)
    {
        var ids = targets.Select(t => t.Id).ToHashSet();
        return Where(t => ids.Contains(t.Id));
    }
}
