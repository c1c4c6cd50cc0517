using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Threading;

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
    private readonly ValueList<PolicyDocument> documents;
    private readonly int[] documentStarts;
    private readonly ValueList<Measure> measures;
    private readonly ValueList<Department> registryDepartments;
    private Dictionary<string, int>? documentIndex;
    private DepartmentIdTable<DepartmentMeasures>? byTypedId;
    private ulong[]? withTargets;

    public CatalogIndexes(ValueList<PolicyDocument> documentList, ValueList<Measure> measures, DepartmentRegistry departments)
    {
        documents = documentList;
        this.measures = measures;
        registryDepartments = departments.All;
        documentStarts = new int[documents.Count + 1];
        for (var d = 0; d < documents.Count; d++)
        {
            documentStarts[d + 1] = documentStarts[d] + documents[d].Measures.Count;
        }

        // Pass 1 counts each department's measures, pass 2 fills arrays of exactly that size (no doubling lists).
        var builders = new Dictionary<string, DepartmentMeasures.Builder>(departments.Count, StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
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

            foreach (var builder in builders.Values)
            {
                builder.EndPass();
            }
        }

        // Every registry department has an entry (empty lists when no measure names it); a department a measure names
        // that is not in the registry (possible in a catalog built by hand) is reachable by LedBy and Involving only.
        byDepartmentId = new Dictionary<string, DepartmentMeasures>(builders.Count + departments.Count, StringComparer.Ordinal);
        foreach (var department in departments.All)
        {
            byDepartmentId[department.Id.ToString()] = (builders.GetValueOrDefault(department.Id.ToString()) ?? new DepartmentMeasures.Builder()).Build(inRegistry: true);
        }

        foreach (var (id, builder) in builders)
        {
            byDepartmentId.TryAdd(id, builder.Build(inRegistry: false));
        }

        DepartmentMeasures.Builder BuilderOf(string departmentId)
        {
            if (!builders.TryGetValue(departmentId, out var builder))
            {
                builders[departmentId] = builder = new DepartmentMeasures.Builder();
            }

            return builder;
        }
    }

    /// <summary>
    /// Keeps in <paramref name="candidates"/> only the measures the department leads (<paramref name="leadOnly"/>)
    /// or is involved in.
    /// </summary>
    public void NarrowToDepartment(string departmentId, bool leadOnly, ref Queries.Candidates candidates)
    {
        if (!byDepartmentId.TryGetValue(departmentId, out var entry))
        {
            candidates.Clear();
            return;
        }

        candidates.IntersectWith(leadOnly ? entry.LedOrdinals : entry.InvolvedOrdinals);
    }

    /// <summary>
    /// The ordinals <c>[start, end)</c> of a document's measures in the catalog (each document's measures are one run,
    /// in order: the catalog's constructor checks it).
    /// </summary>
    public bool TryGetDocumentRun(string documentId, out int start, out int end)
    {
        start = end = 0;
        int d;
        if (documents.Count <= 8)
        {
            for (d = 0; d < documents.Count && !string.Equals(documents[d].Id.ToString(), documentId, StringComparison.Ordinal); d++)
            {
            }

            if (d == documents.Count)
            {
                return false;
            }
        }
        else
        {
            var index = Once.Get(ref documentIndex, documents, static documents =>
            {
                var byId = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
                for (var i = 0; i < documents.Count; i++)
                {
                    byId[documents[i].Id.ToString()] = i;
                }

                return byId;
            });
            if (!index.TryGetValue(documentId, out d))
            {
                return false;
            }
        }

        (start, end) = (documentStarts[d], documentStarts[d + 1]);
        return true;
    }

    /// <summary>
    /// A bit per measure (bit <c>i</c> of the set for catalog ordinal <c>i</c>), set when the measure states at least one
    /// target: the "has targets" condition tests a bit instead of reading each measure. Built on first use (a cold
    /// process that asks no such question never pays for it).
    /// </summary>
    public ulong[] WithTargets => Once.Get(ref withTargets, measures, static measures =>
    {
        var marks = new ulong[(measures.Count + 63) / 64];
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].Targets.Count > 0)
            {
                marks[i >> 6] |= 1UL << i;
            }
        }

        return marks;
    });

    /// <summary>The catalog ordinal of a measure of this catalog (its document's run start plus its number − 1).</summary>
    public int OrdinalOf(MeasureId id) =>
        TryGetDocumentRun(id.DocumentId.ToString(), out var start, out var end) && id.Number >= 1 && start + id.Number <= end
            ? start + id.Number - 1
            : throw new KeyNotFoundException($"No measure has the id '{id}'.");

    /// <summary>The lists of the registry department whose id is exactly <paramref name="departmentId"/>, if any.</summary>
    public bool TryGetByDepartmentId(string departmentId, [NotNullWhen(true)] out DepartmentMeasures? measures) =>
        byDepartmentId.TryGetValue(departmentId, out measures) && measures.InRegistry;

    /// <summary>
    /// The lists of the registry department with this id, if any: the same entries as
    /// <see cref="TryGetByDepartmentId(string, out DepartmentMeasures?)"/>, found by the hash the id already holds
    /// (the table is built on the first look-up by a typed id).
    /// </summary>
    public bool TryGetByDepartmentId(DepartmentId id, [NotNullWhen(true)] out DepartmentMeasures? measures) =>
        Once.Get(ref byTypedId, this, static self => new DepartmentIdTable<DepartmentMeasures>(self.registryDepartments, d => self.byDepartmentId[d.Id.ToString()]))
            .TryGetValue(id, out measures);

    /// <summary>The measures the department leads, in catalog order (empty for an unknown id).</summary>
    public ValueList<Measure> LedBy(string departmentId) =>
        byDepartmentId.TryGetValue(departmentId, out var entry) ? entry.Led : ValueList<Measure>.Empty;

    /// <summary>The measures the department is involved in, in catalog order (empty for an unknown id).</summary>
    public ValueList<Measure> Involving(string departmentId) =>
        byDepartmentId.TryGetValue(departmentId, out var entry) ? entry.Involving : ValueList<Measure>.Empty;

    /// <summary>The ordinals of the measures the department leads, ascending (empty for an unknown id).</summary>
    public int[] LedOrdinals(string departmentId) =>
        byDepartmentId.TryGetValue(departmentId, out var entry) ? entry.LedOrdinals : [];

    /// <summary>The ordinals of the measures the department is involved in, ascending (empty for an unknown id).</summary>
    public int[] InvolvedOrdinals(string departmentId) =>
        byDepartmentId.TryGetValue(departmentId, out var entry) ? entry.InvolvedOrdinals : [];

    /// <summary>
    /// The measures a department leads and those it is involved in, as lists and as posting lists of catalog
    /// ordinals (sorted, for the query planner). Both are linear in the number of mentions, not in departments ×
    /// measures as the bit sets they replace were.
    /// </summary>
    public sealed class DepartmentMeasures
    {
        private DepartmentMeasures(ValueList<Measure> led, ValueList<Measure> involving, int[] ledOrdinals, int[] involvedOrdinals, bool inRegistry) =>
            (Led, Involving, LedOrdinals, InvolvedOrdinals, InRegistry) = (led, involving, ledOrdinals, involvedOrdinals, inRegistry);

        /// <summary>Whether the department is in the catalog's registry.</summary>
        public bool InRegistry { get; }

        public ValueList<Measure> Led { get; }

        public ValueList<Measure> Involving { get; }

        public int[] LedOrdinals { get; }

        public int[] InvolvedOrdinals { get; }

        /// <summary>
        /// Collects one department's measures in catalog order, in two passes over the catalog: the first counts,
        /// the second fills arrays of exactly that size.
        /// </summary>
        public sealed class Builder
        {
            private Measure[]? led;
            private Measure[]? involved;
            private int[]? ledOrdinals;
            private int[]? involvedOrdinals;
            private int ledCount;
            private int involvedCount;
            private int lastInvolved = -1;

            public void AddLed(Measure measure, int index)
            {
                if (led is not null)
                {
                    led[ledCount] = measure;
                    ledOrdinals![ledCount] = index;
                }

                ledCount++;
            }

            public void AddInvolved(Measure measure, int index)
            {
                if (lastInvolved == index)
                {
                    return;
                }

                lastInvolved = index;
                if (involved is not null)
                {
                    involved[involvedCount] = measure;
                    involvedOrdinals![involvedCount] = index;
                }

                involvedCount++;
            }

            /// <summary>After the counting pass: allocates the arrays and starts again.</summary>
            public void EndPass()
            {
                if (led is null)
                {
                    led = new Measure[ledCount];
                    ledOrdinals = new int[ledCount];
                    involved = new Measure[involvedCount];
                    involvedOrdinals = new int[involvedCount];
                    ledCount = involvedCount = 0;
                    lastInvolved = -1;
                }
            }

            /// <summary>The lists (empty for a builder that saw no measure).</summary>
            public DepartmentMeasures Build(bool inRegistry) => new(
                ValueList<Measure>.From(ImmutableCollectionsMarshal.AsImmutableArray(led ?? [])),
                ValueList<Measure>.From(ImmutableCollectionsMarshal.AsImmutableArray(involved ?? [])),
                ledOrdinals ?? [],
                involvedOrdinals ?? [],
                inRegistry);
        }
    }
}
