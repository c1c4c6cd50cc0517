using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Catalog;

/// <summary>Look-ups built once per catalog, so the common questions are index hits rather than scans.</summary>
internal sealed class CatalogIndexes
{
    private readonly Dictionary<string, ValueList<Measure>> ledBy;
    private readonly Dictionary<string, ValueList<Measure>> involving;

    public CatalogIndexes(ValueList<Measure> measures)
    {
        var led = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        var involved = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        foreach (var measure in measures)
        {
            if (measure.Responsibility.Lead is { } lead)
            {
                Add(led, lead.Id, measure);
            }

            foreach (var mention in measure.Responsibility.Departments)
            {
                // A department listed twice in one measure is involved once.
                if (!involved.TryGetValue(mention.Department.Id, out var list) || list[^1] != measure)
                {
                    Add(involved, mention.Department.Id, measure);
                }
            }
        }

        ledBy = led.ToDictionary(p => p.Key, p => p.Value.ToValueList(), StringComparer.Ordinal);
        involving = involved.ToDictionary(p => p.Key, p => p.Value.ToValueList(), StringComparer.Ordinal);
    }

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
}
