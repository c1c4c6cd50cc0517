using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// The strongest baselines a user could write without the library's query API, over the library's own measures:
/// a plain <c>for</c> loop over an array, and dictionaries built once (by id, by department, and a character-pair
/// inverted index for keywords, confirmed by substring search). Built outside the timed region.
/// </summary>
public sealed class HandIndex
{
    public HandIndex(PolicyCatalog catalog)
    {
        All = [.. catalog.Measures];
        ById = All.ToDictionary(m => m.Id);
        LedBy = [];
        Involving = [];
        foreach (var measure in All)
        {
            if (measure.Responsibility.Lead is { } lead)
            {
                ListOf(LedBy, lead.Id.ToString()).Add(measure);
            }

            foreach (var id in measure.Responsibility.Departments.Select(d => d.Department.Id.ToString()).Distinct())
            {
                ListOf(Involving, id).Add(measure);
            }
        }

        var pairs = new Dictionary<int, List<int>>();
        for (var i = 0; i < All.Length; i++)
        {
            var text = All[i].CorrectedText;
            for (var j = 0; j + 1 < text.Length; j++)
            {
                var list = ListOf(pairs, (text[j] << 16) | text[j + 1]);
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        LedById = LedBy.ToDictionary(p => DepartmentId.Parse(p.Key), p => p.Value);
        InvolvingById = Involving.ToDictionary(p => DepartmentId.Parse(p.Key), p => p.Value);
        Pairs = pairs.ToDictionary(p => p.Key, p => p.Value.ToArray());
        DepartmentByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var department in catalog.Departments.All)
        {
            foreach (var name in department.Aliases.Append(department.Name).Append(department.FullName))
            {
                DepartmentByName.TryAdd(name, department.Id.ToString());
            }
        }
    }

    public Measure[] All { get; }

    public Dictionary<MeasureId, Measure> ById { get; }

    public Dictionary<string, List<Measure>> LedBy { get; }

    public Dictionary<string, List<Measure>> Involving { get; }

    /// <summary>The same lists keyed by typed id: the baseline for look-ups by <see cref="DepartmentId"/>.</summary>
    public Dictionary<DepartmentId, List<Measure>> LedById { get; }

    /// <summary>The same lists keyed by typed id.</summary>
    public Dictionary<DepartmentId, List<Measure>> InvolvingById { get; }

    /// <summary>Character pair (c1 &lt;&lt; 16 | c2) to the ordinals of the measures whose corrected text holds it.</summary>
    public Dictionary<int, int[]> Pairs { get; }

    public Dictionary<string, string> DepartmentByName { get; }

    /// <summary>A plain loop: the measures whose corrected text contains every term.</summary>
    public List<Measure> LoopContaining(params string[] terms)
    {
        var found = new List<Measure>();
        var all = All;
        for (var i = 0; i < all.Length; i++)
        {
            var text = all[i].CorrectedText;
            var ok = true;
            for (var t = 0; t < terms.Length && ok; t++)
            {
                ok = text.Contains(terms[t], StringComparison.Ordinal);
            }

            if (ok)
            {
                found.Add(all[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// The pair index: the shortest pair list among the terms' pairs, each candidate confirmed by substring search
    /// (for terms of two or more characters).
    /// </summary>
    public List<Measure> IndexContaining(params string[] terms)
    {
        int[]? shortest = null;
        foreach (var term in terms)
        {
            for (var j = 0; j + 1 < term.Length; j++)
            {
                if (!Pairs.TryGetValue((term[j] << 16) | term[j + 1], out var list))
                {
                    return [];
                }

                if (shortest is null || list.Length < shortest.Length)
                {
                    shortest = list;
                }
            }
        }

        if (shortest is null)
        {
            return LoopContaining(terms); // single characters: no pair to look up
        }

        var found = new List<Measure>();
        foreach (var i in shortest)
        {
            var text = All[i].CorrectedText;
            var ok = true;
            for (var t = 0; t < terms.Length && ok; t++)
            {
                ok = text.Contains(terms[t], StringComparison.Ordinal);
            }

            if (ok)
            {
                found.Add(All[i]);
            }
        }

        return found;
    }

    /// <summary>A plain loop: the measures of a document that involve a department (by name) and state targets.</summary>
    public List<Measure> LoopFilter(DocumentId documentId, string departmentName)
    {
        var departmentId = DepartmentByName[departmentName];
        var found = new List<Measure>();
        var all = All;
        for (var i = 0; i < all.Length; i++)
        {
            var m = all[i];
            if (m.Targets.Count > 0 && m.DocumentId == documentId && m.Responsibility.Involves(departmentId))
            {
                found.Add(m);
            }
        }

        return found;
    }

    /// <summary>The dictionaries: the department's measures (by name), filtered by document and targets.</summary>
    public List<Measure> IndexFilter(DocumentId documentId, string departmentName)
    {
        var found = new List<Measure>();
        if (Involving.TryGetValue(DepartmentByName[departmentName], out var list))
        {
            foreach (var m in list)
            {
                if (m.Targets.Count > 0 && m.DocumentId == documentId)
                {
                    found.Add(m);
                }
            }
        }

        return found;
    }

    /// <summary>A plain loop: the measure with this id.</summary>
    public Measure LoopById(MeasureId id)
    {
        var all = All;
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Id.Number == id.Number && all[i].Id.DocumentId == id.DocumentId)
            {
                return all[i];
            }
        }

        throw new KeyNotFoundException(id.ToString());
    }

    /// <summary>A plain loop: the measures a department leads (lead only) or is involved in.</summary>
    public List<Measure> LoopDepartment(string departmentId, bool leadOnly)
    {
        var found = new List<Measure>();
        var all = All;
        for (var i = 0; i < all.Length; i++)
        {
            var r = all[i].Responsibility;
            if (leadOnly ? string.Equals(r.Lead?.Id.ToString(), departmentId, StringComparison.Ordinal) : r.Involves(departmentId))
            {
                found.Add(all[i]);
            }
        }

        return found;
    }

    private static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }
}
