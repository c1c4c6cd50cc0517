using Jilin.Urbanization.Domain.Departments;
using System.Collections;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Queries.Filters;
using NodaTime;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// A fluent, LINQ-compatible filter over a catalog's measures. Each method returns a new query with one more
/// condition (all conditions must hold); the query itself never changes, so partial queries can be shared and
/// reused. Enumerating it yields the matching measures in document order (catalog order), each carrying its
/// <see cref="Measure.Id"/>. Start with <see cref="PolicyCatalog.Query"/>.
/// </summary>
/// <remarks>
/// Extension point: a new kind of condition is a <see cref="MeasureFilter"/> subclass added with
/// <see cref="Where(MeasureFilter)"/>; an extension method on <see cref="MeasureQuery"/> in one small file gives it a
/// fluent name (this is how filters on target indicators, such as "has targets" or "deadline between", plug in).
/// </remarks>
public sealed class MeasureQuery : IEnumerable<Measure>
{
    // The conditions as a persistent list: each query holds its last condition and the query it narrows, so adding a
    // condition allocates one object and copies nothing, and partial queries share their conditions.
    private readonly MeasureQuery? previous;
    private readonly MeasureFilter? last;
    private readonly int depth;

    internal MeasureQuery(PolicyCatalog catalog) => Catalog = catalog;

    private MeasureQuery(MeasureQuery previous, MeasureFilter last)
    {
        Catalog = previous.Catalog;
        this.previous = previous;
        this.last = last;
        depth = previous.depth + 1;
    }

    /// <summary>The catalog the query runs over.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>The conditions, in the order they were added.</summary>
    public ValueList<MeasureFilter> Filters => ValueList<MeasureFilter>.From(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(FilterArray()));

    /// <summary>Adds a condition.</summary>
    /// <param name="filter">The condition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public MeasureQuery Where(MeasureFilter filter)
    {
        Guard.Against.Null(filter);
        return new MeasureQuery(this, filter);
    }

    /// <summary>Adds a condition of the caller's own; this keeps a LINQ <c>where</c> clause fluent.</summary>
    /// <param name="predicate">True for the measures to keep.</param>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public MeasureQuery Where(Func<Measure, bool> predicate)
    {
        Guard.Against.Null(predicate);
        return Where(new PredicateFilter(predicate, "custom condition"));
    }

    /// <summary>Keeps the measures of one document.</summary>
    /// <param name="documentId">A document id, e.g. <see cref="DocumentId.CountyUrbanization2022"/>.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id; the message lists the ids there are.</exception>
    public MeasureQuery InDocument(DocumentId documentId) =>
        Where(new DocumentFilter(Catalog, Catalog.DocumentArgument(documentId, nameof(documentId)).Id));

    /// <summary>Keeps the measures of chapter <paramref name="chapterNumber"/> of a document.</summary>
    /// <param name="documentId">A document id.</param>
    /// <param name="chapterNumber">The chapter's number, from 1.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such chapter; the message gives the range.</exception>
    public MeasureQuery InChapter(DocumentId documentId, int chapterNumber) =>
        Where(new ChapterFilter(Catalog.DocumentArgument(documentId, nameof(documentId)).GetChapter(chapterNumber)));

    /// <summary>Keeps the measures of a chapter.</summary>
    /// <param name="chapter">The chapter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chapter"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Its document is not in the catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Its document has no such chapter.</exception>
    public MeasureQuery InChapter(Chapter chapter)
    {
        Guard.Against.Null(chapter);
        return InChapter(chapter.DocumentId, chapter.Number);
    }

    /// <summary>Keeps the measures of group <paramref name="groupNumber"/> of a document.</summary>
    /// <param name="documentId">A document id.</param>
    /// <param name="groupNumber">The group's number, from 1, counted through the document.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is <c>default</c>.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such group; the message gives the range.</exception>
    public MeasureQuery InGroup(DocumentId documentId, int groupNumber) =>
        Where(new GroupFilter(Catalog.DocumentArgument(documentId, nameof(documentId)).GetGroup(groupNumber)));

    /// <summary>Keeps the measures of a group.</summary>
    /// <param name="group">The group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Its document is not in the catalog.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Its document has no such group.</exception>
    public MeasureQuery InGroup(MeasureGroup group)
    {
        Guard.Against.Null(group);
        return InGroup(group.DocumentId, group.Number);
    }

    /// <summary>Keeps the measures a department leads (牵头部门).</summary>
    /// <param name="department">A department id or any name the documents use.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No such department; the message lists the nearest names.</exception>
    public MeasureQuery LedBy(string department) => Where(new DepartmentFilter(Catalog, Catalog.FindDepartment(department), leadOnly: true));

    /// <summary>Keeps the measures a department leads (牵头部门).</summary>
    /// <param name="department">A department id.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No department has that id.</exception>
    public MeasureQuery LedBy(DepartmentId department) => Where(new DepartmentFilter(Catalog, Catalog.Departments.Get(department), leadOnly: true));

    /// <summary>Keeps the measures that list a department in any role (lead or not).</summary>
    /// <param name="department">A department id.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is <c>default</c>.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No department has that id.</exception>
    public MeasureQuery Involving(DepartmentId department) => Where(new DepartmentFilter(Catalog, Catalog.Departments.Get(department), leadOnly: false));

    /// <summary>Keeps the measures that list a department in any role (lead or not).</summary>
    /// <param name="department">A department id or any name the documents use.</param>
    /// <exception cref="ArgumentException"><paramref name="department"/> is null, empty or whitespace.</exception>
    /// <exception cref="Departments.DepartmentNotFoundException">No such department; the message lists the nearest names.</exception>
    public MeasureQuery Involving(string department) => Where(new DepartmentFilter(Catalog, Catalog.FindDepartment(department), leadOnly: false));

    /// <summary>
    /// Keeps the measures whose text contains <paramref name="keyword"/> (a Chinese substring, ordinal). The
    /// corrected text is searched, so stray scraped spaces do not hide a word (<c>优质</c> finds <c>优 质</c>).
    /// </summary>
    /// <param name="keyword">The substring; surrounding whitespace is ignored.</param>
    /// <exception cref="ArgumentException"><paramref name="keyword"/> is null, empty or whitespace.</exception>
    public MeasureQuery Containing(string keyword)
    {
        Guard.Against.NullOrWhiteSpace(keyword);
        return Containing(KeywordMatch.All, [keyword]);
    }

    /// <summary>Keeps the measures whose text contains every keyword; see <see cref="Containing(string)"/>.</summary>
    /// <param name="keywords">One or more substrings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keywords"/> is null.</exception>
    /// <exception cref="ArgumentException">No keyword is given, or one is null, empty or whitespace.</exception>
    public MeasureQuery ContainingAll(params string[] keywords) => Containing(KeywordMatch.All, keywords);

    /// <summary>Keeps the measures whose text contains at least one keyword; see <see cref="Containing(string)"/>.</summary>
    /// <param name="keywords">One or more substrings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keywords"/> is null.</exception>
    /// <exception cref="ArgumentException">No keyword is given, or one is null, empty or whitespace.</exception>
    public MeasureQuery ContainingAny(params string[] keywords) => Containing(KeywordMatch.Any, keywords);

    /// <summary>Keeps the measures whose text contains all or any of the keywords; see <see cref="Containing(string)"/>.</summary>
    /// <param name="match">Whether every keyword or at least one must occur.</param>
    /// <param name="keywords">One or more substrings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keywords"/> is null.</exception>
    /// <exception cref="ArgumentException">No keyword is given, or one is null, empty or whitespace.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="match"/> is not a defined value.</exception>
    public MeasureQuery Containing(KeywordMatch match, IEnumerable<string> keywords)
    {
        Data.DefinedEnum.Required(match);
        Guard.Against.Null(keywords);
        var terms = keywords.ToArray();
        if (terms.Length == 0)
        {
            throw new ArgumentException("Give at least one keyword.", nameof(keywords));
        }

        for (var i = 0; i < terms.Length; i++)
        {
            // Each end looked at once: a keyword is blank only if it starts blank, and trimmed only if an end is blank.
            var term = terms[i];
            var startsBlank = term is { Length: > 0 } && IsBlank(term[0]);
            if (string.IsNullOrEmpty(term) || (startsBlank && string.IsNullOrWhiteSpace(term)))
            {
                throw new ArgumentException($"Keyword {i} is {(term is null ? "null" : $"'{term}'")}; keywords cannot be null, empty or whitespace.", nameof(keywords));
            }

            terms[i] = startsBlank || IsBlank(term[^1]) ? term.Trim() : term;
        }

        return Where(new KeywordFilter(terms, match));
    }

    /// <summary>Keeps the measures that state at least one target indicator.</summary>
    public MeasureQuery WithTargets() => Where(TargetFilter.Any);

    /// <summary>Keeps the measures with a target due within <paramref name="period"/>, both ends included.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public MeasureQuery DueIn(DateInterval period)
    {
        Guard.Against.Null(period);
#pragma warning disable CS0618 // the one implementation, kept under its old name until 3.0
        return WithTargetsDueBetween(period.Start, period.End);
#pragma warning restore CS0618
    }

    /// <summary>Keeps the measures with a target due between <paramref name="start"/> and <paramref name="end"/>, both days included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>The narrower query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public MeasureQuery DueIn(LocalDate start, LocalDate end)
    {
#pragma warning disable CS0618 // the one implementation, kept under its old name until 3.0
        return WithTargetsDueBetween(start, end);
#pragma warning restore CS0618
    }

    /// <summary>Keeps the measures with a target due between <paramref name="from"/> and <paramref name="to"/>, both days included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    [Obsolete("Use DueIn(start, end) or DueIn(DateInterval): one way to express a date range.")]
    public MeasureQuery WithTargetsDueBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The range ends ({to}) before it starts ({from}).");
        }

        return Where(new TargetFilter(new DateInterval(from, to)));
    }

    /// <summary>
    /// Keeps the measures whose text names a place (<c>长春</c> or <c>长春市</c>; never 吉林 inside 吉林省). With
    /// <paramref name="includeGroupText"/>, also the measures of groups whose title or body names it (the 2021
    /// group 加快长吉接合片区… and its tasks).
    /// </summary>
    /// <param name="place">A place id or any spelling the texts use.</param>
    /// <param name="includeGroupText">Also keep measures whose group's title or body names the place.</param>
    /// <exception cref="ArgumentException"><paramref name="place"/> is null, empty or whitespace, or names several places (<c>吉林</c>).</exception>
    /// <exception cref="PlaceNotFoundException">No such place; the message lists the known places.</exception>
    public MeasureQuery MentioningPlace(string place, bool includeGroupText = false)
    {
        var found = Catalog.FindPlace(place);
        var ids = Catalog.PlaceIndex.MeasuresMentioning(found.Id.ToString()).Select(m => m.Id).ToHashSet();
        if (includeGroupText)
        {
            foreach (var mention in Catalog.MentionsOf(found.Id.ToString()))
            {
                if (mention.TextKind is PlaceTextKind.GroupTitle or PlaceTextKind.GroupBody)
                {
                    ids.UnionWith(Catalog.GetDocument(mention.DocumentId).MeasuresIn(mention.GroupNumber!.Value).Select(m => m.Id));
                }
            }
        }

        var ordinals = new int[ids.Count];
        var n = 0;
        foreach (var id in ids)
        {
            ordinals[n++] = Catalog.Indexes.OrdinalOf(id);
        }

        Array.Sort(ordinals);
        return Where(new PlaceFilter(found, ids, ordinals, includeGroupText));
    }

    /// <summary>Runs the query: the matching measures, in document order.</summary>
    public ValueList<Measure> ToValueList()
    {
        var plan = Plan();
        Span<int> passed = plan.Candidates.Count <= 512 ? stackalloc int[plan.Candidates.Count] : new int[plan.Candidates.Count];
        passed = passed[..Survivors(plan, passed)];
        if (passed.IsEmpty)
        {
            return ValueList<Measure>.Empty;
        }

        // Through a buffer on the stack, copied to the answer a chunk at a time: a reference stored into a heap array
        // costs a GC write barrier (≈ 3 ns: most of an 80-measure answer's time), a bulk copy one pass per chunk.
        var measures = Catalog.Measures.AsImmutableArray();
        var found = new Measure[passed.Length];
        var buffer = default(MeasureChunk);
        Span<Measure> chunk = buffer;
        for (var at = 0; at < passed.Length; at += chunk.Length)
        {
            var count = Math.Min(chunk.Length, passed.Length - at);
            for (var i = 0; i < count; i++)
            {
                chunk[i] = measures[passed[at + i]];
            }

            chunk[..count].CopyTo(found.AsSpan(at));
        }

        return ValueList<Measure>.From(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(found));
    }

    /// <summary>Runs the query: the ids of the matching measures, in document order.</summary>
    public ValueList<MeasureId> Ids()
    {
        var plan = Plan();
        Span<int> passed = plan.Candidates.Count <= 512 ? stackalloc int[plan.Candidates.Count] : new int[plan.Candidates.Count];
        passed = passed[..Survivors(plan, passed)];
        if (passed.IsEmpty)
        {
            return ValueList<MeasureId>.Empty;
        }

        var measures = Catalog.Measures.AsImmutableArray();
        var ids = new MeasureId[passed.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = measures[passed[i]].Id;
        }

        return ValueList<MeasureId>.From(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ids));
    }

    /// <summary>Runs the query and returns its measures as a table to export (CSV, JSON, Markdown).</summary>
    public Export.MeasureTable Export() => Catalog.ExportMeasures(this);

    /// <summary>Runs the query: the number of matching measures.</summary>
    public int Count()
    {
        var plan = Plan();
        if (plan.IsExact)
        {
            return plan.Candidates.Count; // every filter narrowed exactly: the candidates are the answer
        }

        var measures = Catalog.Measures.AsImmutableArray();
        var candidates = plan.Candidates;
        var count = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            count += plan.Accepts(measures, candidates[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Runs the query lazily: the matching measures, in document order. The indexes narrow the candidates when
    /// enumeration starts (so <c>foreach</c> and LINQ over a query cost what <see cref="ToValueList"/> does); each
    /// candidate is checked as it is reached.
    /// </summary>
    public IEnumerator<Measure> GetEnumerator() => new Enumerator(Catalog.Measures.AsImmutableArray(), Plan());

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Readable form: the conditions and the number of matching measures.</summary>
    public override string ToString() =>
        $"MeasureQuery [{(depth == 0 ? "all measures" : string.Join(" and ", FilterArray().Select(f => f.Description)))}]: {Count()} measure(s)";

    /// <summary>
    /// How to run the query (see <see cref="QueryPlan"/>): every measure, narrowed by each filter that can use an index
    /// (document, department, keyword, place); then the marks of those that one bit per measure settles (has targets);
    /// then the filters that neither settled, to check in the order they were added. The answer is a scan's, in the
    /// same order.
    /// </summary>
    private QueryPlan Plan()
    {
        var candidates = Candidates.All(Catalog.Measures.Count);
        // Narrowing intersects, so its order does not change the answer: walk from the last condition back. The
        // conditions left to check keep the order they were added in (a caller's predicate may rely on an earlier one).
        Span<bool> exact = depth <= 64 ? stackalloc bool[depth] : new bool[depth];
        var i = depth;
        for (var query = this; query.last is { } filter; query = query.previous!)
        {
            exact[--i] = filter.Narrow(Catalog, ref candidates);
        }

        // Marks are tested as each candidate is reached; a second, different set (a caller's own marking filter) narrows.
        ulong[]? marks = null;
        var unchecked_ = 0;
        i = depth;
        for (var query = this; query.last is { } filter; query = query.previous!)
        {
            if (!exact[--i] && candidates.Count > 0 && filter.Marks(Catalog, out exact[i]) is { } bits)
            {
                if (marks is null || ReferenceEquals(marks, bits))
                {
                    marks = bits;
                }
                else
                {
                    candidates.KeepMarked(bits);
                }
            }

            unchecked_ += exact[i] ? 0 : 1;
        }

        MeasureFilter[]? check = null;
        if (unchecked_ > 0 && candidates.Count > 0)
        {
            check = new MeasureFilter[unchecked_];
            var n = unchecked_;
            i = depth;
            for (var query = this; query.last is { } filter; query = query.previous!)
            {
                if (!exact[--i])
                {
                    check[--n] = filter;
                }
            }
        }

        return new QueryPlan(candidates, marks, check);
    }

    /// <summary>
    /// Writes the ordinals of the candidates that pass what the plan still tests to <paramref name="passed"/> (sized
    /// for every candidate by the caller, on the stack for up to 512) and returns how many there are: so the only array
    /// a run allocates is its answer's, of its exact size.
    /// </summary>
    private int Survivors(in QueryPlan plan, Span<int> passed)
    {
        var candidates = plan.Candidates;
        if (plan.IsExact)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                passed[i] = candidates[i];
            }

            return candidates.Count;
        }

        var measures = Catalog.Measures.AsImmutableArray();
        var n = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var ordinal = candidates[i];
            if (plan.Accepts(measures, ordinal))
            {
                passed[n++] = ordinal;
            }
        }

        return n;
    }

    /// <summary>The conditions in the order they were added.</summary>
    private MeasureFilter[] FilterArray()
    {
        var array = new MeasureFilter[depth];
        var i = depth;
        for (var query = this; query.last is { } filter; query = query.previous!)
        {
            array[--i] = filter;
        }

        return array;
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, without its Unicode table look-up for the Chinese characters keywords are
    /// made of: no character above U+3000 (the ideographic space) is white space.
    /// </summary>
    internal static bool IsBlank(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>Room on the stack for a chunk of an answer (see <see cref="ToValueList"/>).</summary>
    [System.Runtime.CompilerServices.InlineArray(64)]
    private struct MeasureChunk
    {
        private Measure first;
    }

    /// <summary>Yields the candidates that pass the filters still to check, one at a time.</summary>
    private sealed class Enumerator(ImmutableArray<Measure> measures, QueryPlan plan) : IEnumerator<Measure>
    {
        private int next;

        public Measure Current { get; private set; } = null!;

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (next < plan.Candidates.Count)
            {
                var ordinal = plan.Candidates[next++];
                if (plan.Accepts(measures, ordinal))
                {
                    Current = measures[ordinal];
                    return true;
                }
            }

            Current = null!;
            return false;
        }

        public void Reset() => throw new NotSupportedException("A query's enumerator cannot be reset; enumerate the query again.");

        public void Dispose()
        {
        }
    }
}
