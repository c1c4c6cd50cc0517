using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures a department leads (<c>leadOnly</c>) or lists in any role.</summary>
/// <remarks>
/// Created by a query over a catalog, it keeps that catalog's posting list for the department, so narrowing is an
/// intersection with no look-up by id; over another catalog it looks the list up again.
/// </remarks>
internal sealed class DepartmentFilter : MeasureFilter
{
    private readonly Department department;
    private readonly bool leadOnly;
    private readonly PolicyCatalog? owner;
    private readonly int[]? postings;

    public DepartmentFilter(Department department, bool leadOnly) => (this.department, this.leadOnly) = (department, leadOnly);

    public DepartmentFilter(PolicyCatalog catalog, Department department, bool leadOnly)
        : this(department, leadOnly)
    {
        // The department comes from the catalog's registry, so its id holds the table's own string and hash.
        postings = catalog.Indexes.TryGetByDepartmentId(department.Id, out var entry)
            ? leadOnly ? entry.LedOrdinals : entry.InvolvedOrdinals
            : [];
        owner = catalog;
    }

    public override string Description => leadOnly ? $"lead = {department.Name}" : $"involves {department.Name}";

    // Exact: the index's posting lists are built from the same lead and mention ids Matches compares.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        if (ReferenceEquals(catalog, owner))
        {
            candidates.IntersectWith(postings!);
        }
        else
        {
            catalog.Indexes.NarrowToDepartment(department.Id.ToString(), leadOnly, ref candidates);
        }

        return true;
    }

    public override bool Matches(Measure measure) => leadOnly
        ? string.Equals(measure.Responsibility.Lead?.Id.ToString(), department.Id.ToString(), StringComparison.Ordinal)
        : measure.Responsibility.Involves(department.Id.ToString());
}
