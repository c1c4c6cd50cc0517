using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Catalog;

/// <summary>Look-ups built once per catalog, so the common questions are index hits rather than scans.</summary>
/// <remarks>
/// One dictionary from department id to everything known about that department (rather than one dictionary per
/// relation): a look-up by id is one hash, and a cold process loads one dictionary type instead of five, which is
/// measurable in startup time (benchmarks/README.md).
/// </remarks>
internal sealed class CatalogIndexes
{
    private readonly Dictionary<string, DepartmentMeasures> byDepartmentId;

    public CatalogIndexes(ValueList<Measure> measures, DepartmentRegistry departments)
    {
        var words = (measures.Count + 63) >> 6;
        var builders = new Dictionary<string, DepartmentMeasures.Builder>(departments.Count, StringComparer.Ordinal);
        for (var i = 0; i < measures.Count; i++)
        {
            var measure = measures[i];
            if (measure.Responsibility.Lead is { } lead)
            {
                BuilderOf(lead.Id.ToString()).AddLed(measure, i);
            }

            foreach (var mention in measure.Responsibility.Departments)
            {
                BuilderOf(mention.Department.Id.ToString()).AddInvolved(measure, i); // once per measure, even if listed twice
            }
        }

        // Every registry department has an entry (empty lists when no measure names it); a department a measure names
        // that is not in the registry (possible in a catalog built by hand) is reachable by LedBy and Involving only.
        byDepartmentId = new Dictionary<string, DepartmentMeasures>(builders.Count + departments.Count, StringComparer.Ordinal);
        foreach (var department in departments.All)
        {
            byDepartmentId[department.Id.ToString()] = (builders.GetValueOrDefault(department.Id.ToString()) ?? new DepartmentMeasures.Builder(words)).Build(inRegistry: true);
        }

        foreach (var (id, builder) in builders)
        {
            byDepartmentId.TryAdd(id, builder.Build(inRegistry: false));
        }

        DepartmentMeasures.Builder BuilderOf(string departmentId)
        {
            if (!builders.TryGetValue(departmentId, out var builder))
            {
                builders[departmentId] = builder = new DepartmentMeasures.Builder(words);
            }

            return builder;
        }
    }

    /// <summary>
    /// Clears from <paramref name="candidates"/> (a bit set over the catalog's measures) every measure the
    /// department does not lead (<paramref name="leadOnly"/>) or is not involved in.
    /// </summary>
    public void NarrowToDepartment(string departmentId, bool leadOnly, Span<ulong> candidates)
    {
        if (!byDepartmentId.TryGetValue(departmentId, out var entry))
        {
            candidates.Clear();
            return;
        }

        var bits = leadOnly ? entry.LedBits : entry.InvolvedBits;
        for (var w = 0; w < candidates.Length; w++)
        {
            candidates[w] &= bits[w];
        }
    }

    /// <summary>The lists of the registry department whose id is exactly <paramref name="departmentId"/>, if any.</summary>
    public bool TryGetByDepartmentId(string departmentId, [NotNullWhen(true)] out DepartmentMeasures? measures) =>
        byDepartmentId.TryGetValue(departmentId, out measures) && measures.InRegistry;

    /// <summary>The measures the department leads, in catalog order (empty for an unknown id).</summary>
    public ValueList<Measure> LedBy(string departmentId) =>
        byDepartmentId.TryGetValue(departmentId, out var entry) ? entry.Led : ValueList<Measure>.Empty;

    /// <summary>The measures the department is involved in, in catalog order (empty for an unknown id).</summary>
    public ValueList<Measure> Involving(string departmentId) =>
        byDepartmentId.TryGetValue(departmentId, out var entry) ? entry.Involving : ValueList<Measure>.Empty;

    /// <summary>
    /// The measures a department leads and those it is involved in, as lists and as bit sets over the catalog's
    /// measures (bit i is measures[i], for the query planner).
    /// </summary>
    public sealed class DepartmentMeasures
    {
        private DepartmentMeasures(ValueList<Measure> led, ValueList<Measure> involving, ulong[] ledBits, ulong[] involvedBits, bool inRegistry) =>
            (Led, Involving, LedBits, InvolvedBits, InRegistry) = (led, involving, ledBits, involvedBits, inRegistry);

        /// <summary>Whether the department is in the catalog's registry.</summary>
        public bool InRegistry { get; }

        public ValueList<Measure> Led { get; }

        public ValueList<Measure> Involving { get; }

        public ulong[] LedBits { get; }

        public ulong[] InvolvedBits { get; }

        /// <summary>Collects one department's measures in catalog order.</summary>
        public sealed class Builder(int words)
        {
            private readonly List<Measure> led = [];
            private readonly List<Measure> involved = [];
            private readonly ulong[] ledBits = new ulong[words];
            private readonly ulong[] involvedBits = new ulong[words];

            public void AddLed(Measure measure, int index)
            {
                led.Add(measure);
                Set(ledBits, index);
            }

            public void AddInvolved(Measure measure, int index)
            {
                if (involved.Count == 0 || !ReferenceEquals(involved[^1], measure))
                {
                    involved.Add(measure);
                }

                Set(involvedBits, index);
            }

            public DepartmentMeasures Build(bool inRegistry) => new(led.ToValueList(), involved.ToValueList(), ledBits, involvedBits, inRegistry);

            private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);
        }
    }
}
