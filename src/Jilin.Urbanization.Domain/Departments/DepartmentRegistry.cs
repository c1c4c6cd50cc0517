using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// Every body the documents name, with look-ups by id and by any name the sources use. Names resolve with or
/// without the 吉林省 prefix, with surrounding or stray whitespace, and with full-width or half-width forms.
/// </summary>
public sealed class DepartmentRegistry : IEquatable<DepartmentRegistry>
{
    private const string ProvincePrefix = "吉林省";
    private const string ShortPrefix = "省";

    // Plain dictionaries, never written after construction, so concurrent reads are safe. FrozenDictionary reads
    // a little faster but costs far more to build, and the registry is built at every catalog load.
    private readonly Dictionary<string, Department> byId;
    private readonly Dictionary<string, Department> byName;
    private readonly Dictionary<string, Department>.AlternateLookup<ReadOnlySpan<char>> byNameSpans;

    /// <summary>Creates a registry. Ids and every name (canonical, full, alias) must be unique.</summary>
    /// <param name="departments">The departments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="departments"/> is null.</exception>
    /// <exception cref="ArgumentException">Two departments share an id or a name; the message names both.</exception>
    public DepartmentRegistry(IEnumerable<Department> departments)
    {
        Guard.Against.Null(departments);
        All = departments.ToValueList();
        var ids = new Dictionary<string, Department>(StringComparer.Ordinal);
        var names = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var department in All)
        {
            Guard.Against.Null(department, nameof(departments));
            if (department.Id is null || department.Name is null || department.FullName is null || department.Aliases is null || department.Aliases.AsImmutableArray().Contains(null!))
            {
                throw new ArgumentException(
                    $"The department '{department.Id}' has a null id, name, full name, alias list or alias.", nameof(departments));
            }

            if (!ids.TryAdd(department.Id, department))
            {
                throw new ArgumentException($"Two departments share the id '{department.Id}'.", nameof(departments));
            }

            foreach (var name in NamesOf(department))
            {
                var key = NameNormalizer.Normalize(name);
                if (names.TryGetValue(key, out var other) && other.Id != department.Id)
                {
                    throw new ArgumentException(
                        $"The name '{name}' belongs to both '{other.Id}' and '{department.Id}'.", nameof(departments));
                }

                names[key] = department;
            }
        }

        byId = ids;
        byName = names;
        byNameSpans = names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every department, in registry order.</summary>
    public ValueList<Department> All { get; }

    /// <summary>The number of departments.</summary>
    public int Count => All.Count;

    /// <summary>Returns the department with id <paramref name="id"/>.</summary>
    /// <param name="id">A department id, e.g. <c>education</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id.</exception>
    public Department Get(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return byId.TryGetValue(id, out var department)
            ? department
            : throw new DepartmentNotFoundException(id, Suggest(id, byId.Keys));
    }

    /// <summary>Tries to find the department with id <paramref name="id"/>.</summary>
    /// <param name="id">A department id; null gives false.</param>
    /// <param name="department">The department, or null.</param>
    public bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Department? department)
    {
        department = null;
        return id is not null && byId.TryGetValue(id, out department);
    }

    /// <summary>
    /// Resolves a name the way the documents write it: canonical (<c>省住房和城乡建设厅</c>), alias
    /// (<c>省住房城乡建设厅</c>), full (<c>吉林省住房和城乡建设厅</c>), with 吉林省, 省 or no prefix, with any
    /// whitespace and full-width/half-width differences.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that name; the message lists the nearest names.</exception>
    public Department Resolve(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        return TryResolve(name, out var department)
            ? department
            : throw new DepartmentNotFoundException(name.Trim(), Suggest(NameNormalizer.Normalize(name), byName.Keys));
    }

    /// <summary>Tries to resolve a name; see <see cref="Resolve"/> for what is accepted.</summary>
    /// <param name="name">The name; null, empty or whitespace gives false.</param>
    /// <param name="department">The department, or null.</param>
    public bool TryResolve([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Department? department)
    {
        department = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        // A name already in normal form (the usual case) is looked up as it is: no copy, no allocation.
        var key = NameNormalizer.Normalize(name);
        if (byName.TryGetValue(key, out department))
        {
            return true;
        }

        // 吉林省X and 省X name the same body; the registry stores whichever form the body uses. The other form is
        // built on the stack and looked up as a span, so a miss allocates nothing either.
        if (key.StartsWith(ProvincePrefix, StringComparison.Ordinal))
        {
            return TryGetByName(ShortPrefix, key.AsSpan(ProvincePrefix.Length), out department);
        }

        if (key.StartsWith(ShortPrefix, StringComparison.Ordinal))
        {
            return TryGetByName(ProvincePrefix, key.AsSpan(ShortPrefix.Length), out department);
        }

        // A bare name (自然资源厅) is the provincial body's name without its prefix.
        return TryGetByName(ShortPrefix, key, out department);
    }

    private bool TryGetByName(string prefix, ReadOnlySpan<char> rest, [NotNullWhen(true)] out Department? department)
    {
        const int StackLimit = 128;
        var length = prefix.Length + rest.Length;
        Span<char> buffer = length <= StackLimit ? stackalloc char[StackLimit] : new char[length];
        prefix.CopyTo(buffer);
        rest.CopyTo(buffer[prefix.Length..]);
        return byNameSpans.TryGetValue(buffer[..length], out department);
    }

    /// <summary>Every name a department answers to: canonical, full, aliases.</summary>
    /// <param name="department">The department.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null (thrown at the call, not on enumeration).</exception>
    public static IEnumerable<string> NamesOf(Department department)
    {
        Guard.Against.Null(department);
        return NamesOfCore(department);
    }

    private static IEnumerable<string> NamesOfCore(Department department)
    {
        yield return department.Name;
        yield return department.FullName;
        foreach (var alias in department.Aliases)
        {
            yield return alias;
        }
    }

    /// <inheritdoc/>
    public bool Equals(DepartmentRegistry? other) => other is not null && All.Equals(other.All);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DepartmentRegistry);

    /// <inheritdoc/>
    public override int GetHashCode() => All.GetHashCode();

    /// <summary>Readable form: the number of departments.</summary>
    public override string ToString() => $"{Count} departments";

    private static string[] Suggest(string input, IEnumerable<string> candidates) =>
        candidates
            .Select(candidate => (candidate, distance: EditDistance.Between(input, candidate)))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(pair => pair.candidate)
            .ToArray();
}
