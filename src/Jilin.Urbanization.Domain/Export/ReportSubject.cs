using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// A subject (填报单位: the province, a county, a department) as report rows give it to programs: <c>{code, name, kind}</c>.
/// The code is the six-digit GB/T 2260 code of a division (<c>220581</c>) or a department's registry id
/// (<c>housing-urban-rural-development</c>); the name is the Chinese name people know (<c>梅河口市</c>), a department's
/// short official name (<c>省住房和城乡建设厅</c>).
/// </summary>
/// <param name="Code">The division code, or the department's id.</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="Kind">The kind of subject.</param>
/// <exception cref="ArgumentNullException"><paramref name="Code"/> or <paramref name="Name"/> is null.</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="Kind"/> is not a defined value.</exception>
public sealed record ReportSubject(string Code, string Name, SubjectKind Kind)
{
    /// <summary>The division code, or the department's id.</summary>
    public string Code { get; init => field = Guard.Against.Null(value, nameof(Code)); } = Guard.Against.Null(Code);

    /// <summary>The Chinese name.</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The kind of subject.</summary>
    public SubjectKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind, nameof(Kind));

    /// <summary>Readable form: the name with the code beside it, <c>梅河口市 (220581)</c>.</summary>
    public override string ToString() => $"{Name} ({Code})";

    /// <summary>The subject as rows give it, its name from <paramref name="names"/>.</summary>
    internal static ReportSubject Of(Subject subject, SubjectDirectory names) =>
        new(subject.Kind == SubjectKind.Department ? subject.DepartmentId!.Value.ToString() : subject.Division!.Value.ToString(), names.NameOf(subject), subject.Kind);
}
