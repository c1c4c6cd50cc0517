using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>A department that shares measures with another one, and how many.</summary>
/// <param name="Department">The partner department.</param>
/// <param name="SharedMeasures">The number of measures that list both.</param>
public sealed record DepartmentPartner(Department Department, int SharedMeasures)
{
    /// <summary>The partner department.</summary>
    public Department Department { get; init => field = Guard.Against.Null(value, nameof(Department)); } = Guard.Against.Null(Department);

    /// <summary>Readable form: <c>省发展改革委: 12 shared</c>.</summary>
    public override string ToString() => $"{Department.Name}: {SharedMeasures} shared";
}
