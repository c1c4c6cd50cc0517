using System.Collections.Concurrent;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// Synthetic catalogs <c>factor</c> times the real one, built through the public API
/// (<c>new PolicyCatalog(documents, departments)</c>), for the scale benchmarks. Copy 0 is the embedded catalog
/// itself; copy <c>k ≥ 1</c> is every document and department again, with ids suffixed <c>-s{k}</c> and every
/// Chinese character of every text and name passed through a per-copy permutation of the CJK block
/// (<see cref="Rewrite"/>), so each copy has its own vocabulary (words and character pairs), its own departments
/// and its own documents, while lengths, structure, responsibilities and targets stay those of the real data.
/// Place names are permuted too, so the copies name no gazetteer place: place-based work (the place index,
/// <c>RelatedTo</c>'s shared places) grows with the text but finds places in copy 0 only.
/// </summary>
/// <remarks>
/// Plug-in point for the tracking model (issue 16's progress dataset): a generator of observations takes the catalog
/// from <see cref="Catalog"/> (its measures, targets and departments are the subjects' work) and yields its rows;
/// implement <see cref="IScaleDataset"/> so <c>--scale-retained</c> and the scale benchmarks can report it the same
/// way. The catalogs are cached per factor so a benchmark's setup builds each once per process.
/// </remarks>
public static class ScaleData
{
    /// <summary>The factors the scale suite measures.</summary>
    public static readonly int[] Factors = [1, 10, 100];

    private const int CjkFirst = 0x4E00;
    private const int CjkCount = 0x5200; // U+4E00..U+9FFF, 20,992 = 2^9 × 41 code points

    private static readonly ConcurrentDictionary<int, PolicyCatalog> Cache = new();

    /// <summary>The catalog <paramref name="factor"/> times the real one (1: a fresh load of the embedded catalog), cached.</summary>
    public static PolicyCatalog Catalog(int factor) => Cache.GetOrAdd(factor, Build);

    /// <summary>Builds a new catalog <paramref name="factor"/> times the real one (not cached).</summary>
    public static PolicyCatalog Build(int factor)
    {
        var (documents, departments) = Parts(factor);
        return new PolicyCatalog(documents, departments);
    }

    /// <summary>The documents and departments of a catalog <paramref name="factor"/> times the real one, not yet a catalog.</summary>
    public static (List<PolicyDocument> Documents, DepartmentRegistry Departments) Parts(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        var source = PolicyCatalog.LoadEmbedded();
        var departments = new List<Department>(source.Departments.All);
        var documents = new List<PolicyDocument>(source.Documents);
        for (var copy = 1; copy < factor; copy++)
        {
            var map = source.Departments.All.ToDictionary(d => d.Id.ToString(), d => CopyOf(d, copy), StringComparer.Ordinal);
            departments.AddRange(map.Values);
            documents.AddRange(source.Documents.Select(d => CopyOf(d, copy, map)));
        }

        return (documents, factor == 1 ? source.Departments : new DepartmentRegistry(departments));
    }

    /// <summary>
    /// <paramref name="text"/> with every CJK character <c>c</c> replaced by <c>U+4E00 + ((c − U+4E00) × a + b) mod
    /// 20,992</c>, where <c>a</c> (odd, not a multiple of 41, so the map is a bijection) and <c>b</c> depend on the
    /// copy; other characters (digits, punctuation, Latin) are kept. Copy 0 is the identity.
    /// </summary>
    public static string Rewrite(string text, int copy)
    {
        if (copy == 0 || text.Length == 0)
        {
            return text;
        }

        var (a, b) = Permutation(copy);
        return string.Create(text.Length, (text, a, b), static (span, state) =>
        {
            var (source, a, b) = state;
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= (char)CjkFirst and <= (char)(CjkFirst + CjkCount - 1)
                    ? (char)(CjkFirst + (int)(((long)(c - CjkFirst) * a + b) % CjkCount))
                    : c;
            }
        });
    }

    private static (int A, int B) Permutation(int copy)
    {
        var a = 2 * copy + 1;
        if (a % 41 == 0)
        {
            a += 2;
        }

        return (a % CjkCount, (int)((7919L * copy) % CjkCount));
    }

    private static string Id(string id, int copy) => $"{id}-s{copy}";

    private static Department CopyOf(Department department, int copy) => department with
    {
        Id = Departments.DepartmentId.Parse(Id(department.Id.ToString(), copy)),
        Name = Rewrite(department.Name, copy),
        FullName = Rewrite(department.FullName, copy),
        EnglishName = $"{department.EnglishName} (copy {copy})",
        Aliases = department.Aliases.Select(a => Rewrite(a, copy)).ToValueList(),
    };

    private static PolicyDocument CopyOf(PolicyDocument document, int copy, Dictionary<string, Department> departments)
    {
        var id = Id(document.Id.ToString(), copy);
        Paragraph P(Paragraph p) => p with { Text = Rewrite(p.Text, copy), CorrectedText = Rewrite(p.CorrectedText, copy) };
        Department D(Department d) => departments[d.Id.ToString()];
        return document with
        {
            Id = Documents.DocumentId.Parse(id),
            Title = Rewrite(document.Title, copy),
            TitleLines = document.TitleLines.Select(P).ToValueList(),
            Label = document.Label is { } label ? P(label) : null,
            Preamble = document.Preamble.Select(P).ToValueList(),
            Chapters = document.Chapters.Select(c => c with
            {
                DocumentId = Documents.DocumentId.Parse(id),
                Title = Rewrite(c.Title, copy),
                Heading = Rewrite(c.Heading, copy),
                CorrectedTitle = Rewrite(c.CorrectedTitle, copy),
            }).ToValueList(),
            Groups = document.Groups.Select(g => g with
            {
                DocumentId = Documents.DocumentId.Parse(id),
                Title = Rewrite(g.Title, copy),
                Heading = Rewrite(g.Heading, copy),
                CorrectedTitle = Rewrite(g.CorrectedTitle, copy),
                Body = g.Body.Select(P).ToValueList(),
            }).ToValueList(),
            Measures = document.Measures.Select(m => CopyOf(m, id, copy, D)).ToValueList(),
            Closing = document.Closing.Select(P).ToValueList(),
            ImplicitImplementer = document.ImplicitImplementer is { } implementer
                ? implementer with { Department = D(implementer.Department), Note = Rewrite(implementer.Note, copy) }
                : null,
            Errata = ValueList<Errata.Erratum>.Empty, // errata describe the real seeds' scraping faults
            Source = document.Source with { SeedFile = Rewrite(document.Source.SeedFile, copy) },
        };
    }

    private static Measure CopyOf(Measure measure, string documentId, int copy, Func<Department, Department> department)
    {
        var id = new MeasureId(Documents.DocumentId.Parse(documentId), measure.Id.Number);
        var oldPrefix = measure.Id.ToString();
        var newPrefix = id.ToString();
        return measure with
        {
            Id = id,
            Text = Rewrite(measure.Text, copy),
            CorrectedText = Rewrite(measure.CorrectedText, copy),
            Verbatim = Rewrite(measure.Verbatim, copy),
            Responsibility = measure.Responsibility with
            {
                Text = Rewrite(measure.Responsibility.Text, copy),
                Departments = measure.Responsibility.Departments
                    .Select(d => d with { Name = Rewrite(d.Name, copy), Department = department(d.Department) }).ToValueList(),
                Lead = measure.Responsibility.Lead is { } lead ? department(lead) : null,
            },
            Targets = measure.Targets.Select(t => t with
            {
                Id = Targets.TargetId.Parse(t.Id.ToString().Replace(oldPrefix, newPrefix, StringComparison.Ordinal)),
                MeasureId = id,
                Quote = Rewrite(t.Quote, copy),
            }).ToValueList(),
            Conditions = measure.Conditions.Select(c => c with
            {
                Id = Targets.ConditionId.Parse(c.Id.ToString().Replace(oldPrefix, newPrefix, StringComparison.Ordinal)),
                MeasureId = id,
                Quote = Rewrite(c.Quote, copy),
            }).ToValueList(),
        };
    }
}

/// <summary>
/// A synthetic dataset of the scale suite (the tracking model's progress observations will be one): built from a
/// scaled catalog, with its size in rows so the benchmarks can report throughput and retained memory per row.
/// </summary>
public interface IScaleDataset
{
    /// <summary>A short name for reports, e.g. <c>progress-1M</c>.</summary>
    string Name { get; }

    /// <summary>The number of rows (observations, status updates) the dataset holds.</summary>
    long Rows { get; }

    /// <summary>Builds the dataset over <paramref name="catalog"/> (a <see cref="ScaleData.Catalog"/>) and returns it, to be held while its retained size is measured.</summary>
    object Build(PolicyCatalog catalog);
}
