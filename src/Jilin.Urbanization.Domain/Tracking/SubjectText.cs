namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// A subject as the readable forms (<c>ToString</c>) print it: its name with its code beside it, <c>梅河口市 (220581)</c>,
/// <c>省住房和城乡建设厅 (department:housing-urban-rural-development)</c>; from the embedded registries (Jilin's divisions,
/// the curated departments), so a value that knows no catalog still prints the name people know. A subject the
/// registries do not hold prints its code alone. <see cref="Chinese"/> is the same in Chinese punctuation, for texts
/// printed only in Chinese (a notice, 督办单): <c>梅河口市（220581）</c>.
/// </summary>
internal static class SubjectText
{
    public static string Readable(Subject subject) => NameOf(subject) is { } name ? $"{name} ({subject})" : subject.ToString();

    public static string Chinese(Subject subject) => NameOf(subject) is { } name ? $"{name}（{subject}）" : subject.ToString();

    private static string? NameOf(Subject subject) => subject.IsDefault
        ? null
        : subject.Kind == SubjectKind.Department
            ? Data.SharedCuratedData.Departments.TryGet(subject.DepartmentId!.Value, out var department) ? department.Name : null
            : Divisions.DivisionRegistry.Default.TryGet(subject.Division!.Value, out var division) ? division.Name : null;
}
