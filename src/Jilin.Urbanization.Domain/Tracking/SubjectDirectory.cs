using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Divisions;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Resolves what people write for a subject — <c>全省</c>, <c>梅河口</c>, <c>梅河口市人民政府</c>, <c>220581</c>,
/// <c>住建厅</c>, <c>department:housing</c> — to a <see cref="Subject"/>, and names a subject back.
/// </summary>
public sealed class SubjectDirectory
{
    private static readonly string[] ProvinceWords = ["全省", "省", "province", "Province", "吉林省", "220000"];
    private static readonly string[] GovernmentSuffixes = ["人民政府", "政府"];

    /// <summary>Creates a directory over the divisions and the departments.</summary>
    /// <param name="divisions">The divisions.</param>
    /// <param name="departments">The departments.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SubjectDirectory(DivisionRegistry divisions, DepartmentRegistry departments)
    {
        Divisions = Guard.Against.Null(divisions);
        Departments = Guard.Against.Null(departments);
    }

    /// <summary>The divisions.</summary>
    public DivisionRegistry Divisions { get; }

    /// <summary>The departments.</summary>
    public DepartmentRegistry Departments { get; }

    /// <summary>
    /// The subject a text names, tried in this order: a canonical subject (<c>220581</c>, <c>department:housing</c>);
    /// the province (<c>全省</c>, <c>吉林省</c>, <c>province</c>); a division by code or name, also followed by
    /// <c>人民政府</c>/<c>政府</c>, or after the name of the division it belongs to or the province (<c>通化市梅河口市</c>,
    /// <c>吉林省梅河口市</c>); a department by id or any name.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or whitespace, or names several divisions (<c>吉林</c>).</exception>
    /// <exception cref="SubjectNotFoundException">The text names no subject; the message lists the nearest names.</exception>
    public Subject Resolve(string text)
    {
        Guard.Against.NullOrWhiteSpace(text);
        if (TryResolve(text, out var subject))
        {
            return subject;
        }

        // Let an ambiguous division name explain itself (吉林 is the province or the city).
        if (!Divisions.TryResolve(text, out _))
        {
            try
            {
                Divisions.Resolve(text);
            }
            catch (DivisionNotFoundException divisionError)
            {
                var departmentSuggestions = Array.Empty<string>();
                try
                {
                    Departments.Resolve(text.Length > 256 ? text[..256] : text);
                }
                catch (DepartmentNotFoundException departmentError)
                {
                    departmentSuggestions = [.. departmentError.Suggestions];
                }

                throw new SubjectNotFoundException(text, divisionError.Suggestions.Concat(departmentSuggestions).Take(8).ToList());
            }
        }

        throw new SubjectNotFoundException(text, []);
    }

    /// <summary>Tries to resolve a text to a subject (see <see cref="Resolve(string)"/>); false for unknown or ambiguous text.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="subject">The subject, or default.</param>
    /// <returns>True when the text names exactly one subject.</returns>
    public bool TryResolve([NotNullWhen(true)] string? text, out Subject subject)
    {
        subject = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (Subject.TryParse(trimmed, out subject))
        {
            return subject.Kind == SubjectKind.Department
                ? Departments.TryGet(subject.DepartmentId!.Value, out _)
                : Divisions.TryGet(subject.Division!.Value, out _);
        }

        if (Array.IndexOf(ProvinceWords, trimmed) >= 0)
        {
            subject = Subject.Province;
            return true;
        }

        if (TryDivision(trimmed, out subject))
        {
            return true;
        }

        foreach (var suffix in GovernmentSuffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.Ordinal)
                && (TryDivision(trimmed[..^suffix.Length], out subject) || TryQualified(trimmed[..^suffix.Length], out subject)))
            {
                return true;
            }
        }

        if (TryQualified(trimmed, out subject))
        {
            return true;
        }

        if (Departments.TryGet(trimmed, out var department) || Departments.TryResolve(trimmed, out department))
        {
            subject = Subject.OfDepartment(department.Id);
            return true;
        }

        return false;
    }

    /// <summary>The subject's Chinese name: <c>吉林省</c>, <c>梅河口市</c>, <c>省住房和城乡建设厅</c>.</summary>
    /// <param name="subject">The subject.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is default.</exception>
    /// <exception cref="KeyNotFoundException">The subject's division or department is not in the registries.</exception>
    public string NameOf(Subject subject)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("A default Subject names nothing.", nameof(subject));
        }

        return subject.Kind == SubjectKind.Department
            ? Departments.Get(subject.DepartmentId!.Value).Name
            : Divisions.Get(subject.Division!.Value).Name;
    }

    /// <summary>Checks that a subject exists in the registries.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="parameterName">The caller's parameter name, for the message.</param>
    /// <exception cref="ArgumentException">The subject is default or unknown.</exception>
    internal void Require(Subject subject, string parameterName)
    {
        var known = !subject.IsDefault && (subject.Kind == SubjectKind.Department
            ? Departments.TryGet(subject.DepartmentId!.Value, out _)
            : Divisions.TryGet(subject.Division!.Value, out _));
        if (!known)
        {
            throw new ArgumentException($"The subject {subject} is not known: no such division of Jilin or department.", parameterName);
        }
    }

    /// <summary>Readable form: the counts.</summary>
    public override string ToString() => $"SubjectDirectory: the province, {Divisions.Count - 1} divisions, {Departments.Count} departments";

    // A division named after the one it belongs to, as province-wide sheets write it: 通化市梅河口市, 吉林省梅河口市,
    // 延边州珲春市. The leading name must be the province or the division's own parent, so no name is guessed.
    private bool TryQualified(string text, out Subject subject)
    {
        subject = default;
        if (text.Length > 40)
        {
            return false; // two division names are short; a long text is no such name (and is not split a million ways)
        }

        for (var split = 2; split <= text.Length - 2; split++)
        {
            var head = text[..split];
            AdministrativeDivision? parent = null;
            var province = Array.IndexOf(ProvinceWords, head) >= 0;
            if ((province || Divisions.TryResolve(head, out parent))
                && Divisions.TryResolve(text[split..], out var division)
                && (province || division.Parent == parent!.Code))
            {
                subject = Subject.OfDivision(division.Code);
                return true;
            }
        }

        return false;
    }

    private bool TryDivision(string text, out Subject subject)
    {
        subject = default;
        if (!Divisions.TryResolve(text, out var division))
        {
            return false;
        }

        subject = Subject.OfDivision(division.Code);
        return true;
    }
}
