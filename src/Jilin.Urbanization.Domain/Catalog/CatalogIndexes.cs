using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Catalog;

/// <summary>Look-ups built once per catalog, so the common questions are index hits rather than scans.</summary>
internal sealed class CatalogIndexes
{
    private readonly Dictionary<string, ValueList<Measure>> ledBy;
    private readonly Dictionary<string, ValueList<Measure>> involving;

    // Per registry department id, both lists at once: a look-up by id is one hash, not two (the id is also the
    // registry's own key, so a hit here is exactly what DepartmentRegistry.TryGet would find).
    private readonly Dictionary<string, DepartmentMeasures> byDepartmentId;

    // The same relations as bit sets over the catalog's measures (bit i is measures[i]), for the query planner.
    private readonly Dictionary<string, ulong[]> ledBits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong[]> involvedBits = new(StringComparer.Ordinal);
    private readonly int words;

    public CatalogIndexes(ValueList<Measure> measures, DepartmentRegistry departments)
    {
        var led = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        var involved = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        words = (measures.Count + 63) >> 6;
        for (var i = 0; i < measures.Count; i++)
        {
            var measure = measures[i];
            if (measure.Responsibility.Lead is { } lead)
            {
                Add(led, lead.Id, measure);
                SetBit(ledBits, lead.Id, i);
            }

            foreach (var mention in measure.Responsibility.Departments)
            {
                SetBit(involvedBits, mention.Department.Id, i);
                // A department listed twice in one measure is involved once.
                if (!involved.TryGetValue(mention.Department.Id, out var list) || list[^1] != measure)
                {
                    Add(involved, mention.Department.Id, measure);
                }
            }
        }

        ledBy = led.ToDictionary(p => p.Key, p => p.Value.ToValueList(), StringComparer.Ordinal);
        involving = involved.ToDictionary(p => p.Key, p => p.Value.ToValueList(), StringComparer.Ordinal);
        byDepartmentId = new Dictionary<string, DepartmentMeasures>(departments.Count, StringComparer.Ordinal);
        foreach (var department in departments.All)
        {
            byDepartmentId[department.Id] = new DepartmentMeasures(LedBy(department.Id), Involving(department.Id));
        }
    }

    /// <summary>
    /// Clears from <paramref name="candidates"/> (a bit set over the catalog's measures) every measure the
    /// department does not lead (<paramref name="leadOnly"/>) or is not involved in.
    /// </summary>
    public void NarrowToDepartment(string departmentId, bool leadOnly, Span<ulong> candidates)
    {
        if (!(leadOnly ? ledBits : involvedBits).TryGetValue(departmentId, out var bits))
        {
            candidates.Clear();
            return;
        }

        for (var w = 0; w < candidates.Length; w++)
        {
            candidates[w] &= bits[w];
        }
    }

    private void SetBit(Dictionary<string, ulong[]> sets, string departmentId, int measureIndex)
    {
        if (!sets.TryGetValue(departmentId, out var bits))
        {
            sets[departmentId] = bits = new ulong[words];
        }

        bits[measureIndex >> 6] |= 1UL << (measureIndex & 63);
    }

    /// <summary>The lists of the registry department whose id is exactly <paramref name="departmentId"/>, if any.</summary>
    public bool TryGetByDepartmentId(string departmentId, out DepartmentMeasures measures) =>
        byDepartmentId.TryGetValue(departmentId, out measures);

    public ValueList<Measure> LedBy(string departmentId) =>
        ledBy.TryGetValue(departmentId, out var list) ? list : ValueList<Measure>.Empty;

    public ValueList<Measure> Involving(string departmentId) =>
        involving.TryGetValue(departmentId, out var list) ? list : ValueList<Measure>.Empty;

    private static void Add(Dictionary<string, List<Measure>> index, string key, Measure measure)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(measure);
    }

    /// <summary>The measures a department leads and those it is involved in.</summary>
    public readonly record struct DepartmentMeasures(ValueList<Measure> Led, ValueList<Measure> Involving);
}
