using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// What a figure or a status update is about, and who reports it: the province, a prefecture-level or county-level
/// division (by its GB/T 2260 code), or a department (by its registry id). The canonical text is the six-digit code
/// (<c>220000</c> for the province, <c>220581</c> for 梅河口市) or <c>department:&lt;id&gt;</c>
/// (<c>department:housing</c>); names are resolved by <see cref="SubjectDirectory"/>. A county cannot stand in for a
/// department: the kind is part of the value. Like the other ids it parses from and formats to spans
/// (<see cref="ISpanParsable{TSelf}"/>, <see cref="ISpanFormattable"/>, culture-invariant, canonical format only),
/// orders, and converts through its <see cref="TypeConverter"/>, so it binds as a route or query parameter.
/// </summary>
[TypeConverter(typeof(IdTypeConverter<Subject>))]
public readonly record struct Subject : IComparable<Subject>, ISpanParsable<Subject>, ISpanFormattable, ITypedId<Subject>
{
    /// <summary>The prefix of a department subject's canonical text.</summary>
    public const string DepartmentPrefix = "department:";

    private Subject(SubjectKind kind, DivisionCode division, DepartmentId? departmentId)
    {
        Kind = kind;
        DivisionCodeValue = division;
        DepartmentIdValue = departmentId ?? default;
    }

    /// <summary>Jilin Province as a whole (220000).</summary>
    public static Subject Province { get; } = new(SubjectKind.Province, DivisionCode.Jilin, null);

    /// <summary>What the subject is: province, prefecture, county or department.</summary>
    public SubjectKind Kind { get; }

    /// <summary>The division's code, or null for a department.</summary>
    public DivisionCode? Division => Kind == SubjectKind.Department || DivisionCodeValue.Value == 0 ? null : DivisionCodeValue;

    /// <summary>The department's registry id, or null for a division.</summary>
    public DepartmentId? DepartmentId => DepartmentIdValue.Key is null ? null : DepartmentIdValue;

    /// <summary>True for <c>default(Subject)</c>, which names nothing and is refused wherever a subject is required.</summary>
    public bool IsDefault => Kind == 0;

    private DivisionCode DivisionCodeValue { get; }

    // Not nullable: default stands for "none" (a department subject never holds a default id), so a subject stays
    // 24 bytes and every tracking entry holding one stays as small as it was before ids carried their hash.
    private DepartmentId DepartmentIdValue { get; }

    /// <summary>The subject for a division of Jilin: the province, a prefecture-level or a county-level division.</summary>
    /// <param name="code">The division's code.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is default or not a Jilin code (22xxxx).</exception>
    public static Subject OfDivision(DivisionCode code)
    {
        if (code.Value == 0 || code.ProvinceCode != DivisionCode.Jilin)
        {
            throw new ArgumentException($"{code} is not a division of Jilin Province (codes 22xxxx).", nameof(code));
        }

        return new Subject(
            code.Level switch
            {
                DivisionLevel.Province => SubjectKind.Province,
                DivisionLevel.Prefecture => SubjectKind.Prefecture,
                _ => SubjectKind.County,
            },
            code,
            null);
    }

    /// <summary>The subject for a department, by its registry id (<c>housing-urban-rural-development</c>).</summary>
    /// <param name="departmentId">The department's id.</param>
    /// <exception cref="ArgumentException"><paramref name="departmentId"/> is default.</exception>
    public static Subject OfDepartment(DepartmentId departmentId) =>
        departmentId == default
            ? throw new ArgumentException("A default DepartmentId names no department.", nameof(departmentId))
            : new Subject(SubjectKind.Department, default, departmentId);

    static string ITypedId<Subject>.TypeName => nameof(Subject);

    static string ITypedId<Subject>.KindName => "subject";

    static string ITypedId<Subject>.Example => "220581";

    /// <summary>Parses the canonical text: six digits of a Jilin division, or <c>department:&lt;id&gt;</c>. Names are not accepted here; use <see cref="SubjectDirectory.Resolve(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical subject; the message says why.</exception>
    public static Subject Parse(string s) => IdText.Parse<Subject>(s);

    /// <summary>Tries to parse the canonical text (see <see cref="Parse(string)"/>).</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The subject, or default.</param>
    /// <returns>True when <paramref name="s"/> is a canonical subject.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Subject result) => IdText.TryParse(s, out result);

    static bool ITypedId<Subject>.TryRead(ReadOnlySpan<char> text, out Subject result, out string reason)
    {
        result = default;
        if (text.StartsWith(DepartmentPrefix, StringComparison.Ordinal))
        {
            if (!IdText.TryRead<DepartmentId>(text[DepartmentPrefix.Length..], out var id, out reason))
            {
                return false;
            }

            result = new Subject(SubjectKind.Department, default, id);
            return true;
        }

        if (!DivisionCode.TryParse(text, out var code) || code.ProvinceCode != DivisionCode.Jilin)
        {
            reason = "expected the six digits of a Jilin division (220000, 220581) or 'department:<id>' (department:housing)";
            return false;
        }

        result = OfDivision(code);
        reason = string.Empty;
        return true;
    }

    /// <summary>Orders divisions by code, then departments by id.</summary>
    /// <param name="other">The subject to compare with.</param>
    public int CompareTo(Subject other)
    {
        var byKind = (Kind == SubjectKind.Department).CompareTo(other.Kind == SubjectKind.Department);
        return byKind != 0 ? byKind
            : Kind == SubjectKind.Department ? DepartmentIdValue.CompareTo(other.DepartmentIdValue)
            : DivisionCodeValue.CompareTo(other.DivisionCodeValue);
    }

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    public static bool operator <(Subject left, Subject right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    public static bool operator <=(Subject left, Subject right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    public static bool operator >(Subject left, Subject right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    public static bool operator >=(Subject left, Subject right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical text: <c>220581</c> or <c>department:housing</c>.</summary>
    public override string ToString() =>
        Kind switch
        {
            0 => "(default Subject)",
            SubjectKind.Department => DepartmentPrefix + DepartmentIdValue,
            _ => DivisionCodeValue.ToString(),
        };
}
