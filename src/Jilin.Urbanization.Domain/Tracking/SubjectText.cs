namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// A subject as the readable forms (<c>ToString</c>) print it: its name with its code beside it, <c>梅河口市 (220581)</c>,
/// <c>省住房和城乡建设厅 (department:housing-urban-rural-development)</c>; from the embedded registries (Jilin's divisions,
/// the curated departments), so a value that knows no catalog still prints the name people know. A subject the
/// registries do not hold prints its code alone.
/// </summary>
internal static class SubjectText
{
    public static string Readable(Subject subject)
    {
        if (subject.IsDefault)
        {
            return subject.ToString();
        }

        string? name = subject.Kind == SubjectKind.Department
            ? Data.SharedCuratedData.Departments.TryGet(subject.DepartmentId!.Value, out var department) ? department.Name : null
            : Divisions.DivisionRegistry.Default.TryGet(subject.Division!.Value, out var division) ? division.Name : null;
        return name is null ? subject.ToString() : $"{name} ({subject})";
    }
}
