using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries.Filters;

/// <summary>Keeps the measures a department leads, or (with <c>leadOnly</c> false) lists in any role.</summary>
internal sealed class DepartmentFilter(Department department, bool leadOnly) : MeasureFilter
{
    public override string Description => leadOnly ? $"lead = {department.Name}" : $"involves {department.Name}";

    // Exact: the index's posting lists are built from the same lead and mention ids Matches compares.
    internal override bool Narrow(PolicyCatalog catalog, ref Candidates candidates)
    {
        catalog.Indexes.NarrowToDepartment(department.Id.ToString(), leadOnly, ref candidates);
        return true;
    }

    public override bool Matches(Measure measure) => leadOnly
        ? string.Equals(measure.Responsibility.Lead?.Id.ToString(), department.Id.ToString(), StringComparison.Ordinal)
        : measure.Responsibility.Involves(department.Id.ToString());
}
