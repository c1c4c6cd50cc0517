using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>How many measures a department leads and is involved in (any role).</summary>
/// <param name="Department">The department.</param>
/// <param name="Led">Measures it leads (牵头).</param>
/// <param name="Involved">Measures that list it, whatever its role.</param>
public sealed record DepartmentWorkload(Department Department, int Led, int Involved)
{
    /// <summary>The department.</summary>
    public Department Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

    /// <summary>Readable form: <c>省住房和城乡建设厅: leads 20, involved in 40</c>.</summary>
    public override string ToString() => $"{Department.Name}: leads {Led}, involved in {Involved}";
}
