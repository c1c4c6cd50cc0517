using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Names;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// Every body the documents name, with look-ups by id and by any name the sources use. Names resolve with or
/// without the 吉林省 prefix, with surrounding or stray whitespace, and with full-width or half-width forms.
/// </summary>
public sealed class DepartmentRegistry : IEquatable<DepartmentRegistry>
{

    // Plain dictionaries, never written after construction, so concurrent reads are safe. FrozenDictionary reads
    // a little faster but costs far more to build, and the registry is built at every catalog load.
    private readonly Dictionary<string, Department> byId;
    private NameIndex<Department>? nameIndex;

    // Where the curated abbreviations come from: the JSON file, or the catalog snapshot for a registry read from it.
    private readonly Func<IReadOnlyDictionary<string, string[]>> abbreviations;

    /// <summary>Creates a registry. Ids and every name (canonical, full, alias) must be unique.</summary>
    /// <param name="departments">The departments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="departments"/> is null.</exception>
    /// <exception cref="ArgumentException">Two departments share an id or a name; the message names both.</exception>
    public DepartmentRegistry(IEnumerable<Department> departments)
        : this(departments, static () => SharedCuratedData.Abbreviations)
    {
    }

    /// <summary>
    /// A registry whose names take the curated abbreviations from <paramref name="abbreviations"/> (read on first
    /// name look-up). The public constructor passes the JSON file's; passing them here keeps the JSON reader out of
    /// a Native AOT app that only loads the snapshot.
    /// </summary>
    internal DepartmentRegistry(IEnumerable<Department> departments, Func<IReadOnlyDictionary<string, string[]>> abbreviations)
    {
        Guard.Against.Null(departments);
        this.abbreviations = abbreviations;
        All = departments.ToValueList();
        var ids = new Dictionary<string, Department>(StringComparer.Ordinal);
        var names = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var department in All)
        {
            Guard.Against.Null(department, nameof(departments));
            if (department.Name is null || department.FullName is null || department.Aliases is null || department.Aliases.AsImmutableArray().Contains(null!))
            {
                throw new ArgumentException(
                    $"The department '{department.Id}' has a null id, name, full name, alias list or alias.", nameof(departments));
            }

            if (!ids.TryAdd(department.Id.ToString(), department))
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
    }

    /// <summary>Every department, in registry order.</summary>
    public ValueList<Department> All { get; }

    /// <summary>The number of departments.</summary>
    public int Count => All.Count;

    /// <summary>Returns the department with id <paramref name="id"/>.</summary>
    /// <param name="id">A department id, e.g. <c>education</c>.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id; the message lists the nearest names.</exception>
    public Department Get(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return byId.TryGetValue(id, out var department)
            ? department
            : throw new DepartmentNotFoundException(id, Names.Suggest(id));
    }

    /// <summary>Returns the department with id <paramref name="id"/>.</summary>
    /// <param name="id">A department id.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="DepartmentNotFoundException">No department has that id; the message lists the nearest names.</exception>
    public Department Get(DepartmentId id) => Get(IdText.Required(id, nameof(id)).ToString());

    /// <summary>Tries to find the department with id <paramref name="id"/>.</summary>
    /// <param name="id">A department id; null gives false.</param>
    /// <param name="department">The department, or null.</param>
    /// <returns>True when the registry holds the department.</returns>
    public bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Department? department)
    {
        department = null;
        return id is not null && byId.TryGetValue(id, out department);
    }

    /// <summary>Tries to find the department with id <paramref name="id"/>.</summary>
    /// <param name="id">A department id; <c>default</c> gives false.</param>
    /// <param name="department">The department, or null.</param>
    /// <returns>True when the registry holds the department.</returns>
    public bool TryGet(DepartmentId id, [NotNullWhen(true)] out Department? department) =>
        TryGet(id == default ? null : id.ToString(), out department);

    /// <summary>
    /// Resolves what a user writes for a department, by the one rule for names: its id (<c>housing-urban-rural-development</c>),
    /// canonical name (<c>省住房和城乡建设厅</c>), alias (<c>省住房城乡建设厅</c>), full name (<c>吉林省住房和城乡建设厅</c>),
    /// a curated abbreviation (<c>省住建厅</c>, <c>发改委</c>; <c>Resources/abbreviations.json</c>, each with its source) or
    /// its English name; with 吉林省, 省 or no prefix; white space, full-width/half-width and ASCII case ignored.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    /// <exception cref="DepartmentNotFoundException">No department answers to that name; the message lists the nearest names.</exception>
    public Department Resolve(string name) => Names.Resolve(name);

    /// <summary>Tries to resolve a name; see <see cref="Resolve"/> for what is accepted.</summary>
    /// <param name="name">The name; null, empty or whitespace gives false.</param>
    /// <param name="department">The department, or null.</param>
    /// <returns>True when a department answers to the name.</returns>
    public bool TryResolve([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Department? department) =>
        Names.TryResolve(name, out department);

    /// <summary>The one resolver for department names, built on first use.</summary>
    internal NameIndex<Department> Names => Once.Get(ref nameIndex, this, static self => self.BuildNames());

    private NameIndex<Department> BuildNames() =>
        new(
            All,
            d => NamesOf(d)
                .Append(d.Id.ToString())
                .Append(d.EnglishName)
                .Concat(abbreviations().GetValueOrDefault(d.Id.ToString()) ?? []),
            stripSuffixes: false,
            reserved: [],
            (input, suggestions) => new DepartmentNotFoundException(input, suggestions));

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
}
