using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// One condition a <see cref="MeasureQuery"/> applies to each measure. The query's own methods create the built-in
/// filters; new kinds of filter (for instance on target indicators or deadlines) derive from this class and are
/// added with <see cref="MeasureQuery.Where(MeasureFilter)"/>, typically behind an extension method on
/// <see cref="MeasureQuery"/> in a file of their own. A filter is immutable and checks a measure without allocating.
/// </summary>
public abstract class MeasureFilter
{
    /// <summary>What the filter keeps, in words, e.g. <c>lead = 省教育厅</c>.</summary>
    public abstract string Description { get; }

    /// <summary>True when <paramref name="measure"/> passes the filter.</summary>
    /// <param name="measure">A measure of the query's catalog; never null.</param>
    public abstract bool Matches(Measure measure);

    /// <summary>
    /// Removes from <paramref name="candidates"/> (sorted ordinals into <c>catalog.Measures</c>) measures this filter
    /// cannot match, using the catalog's indexes. It never removes a match. It returns true when it left exactly the
    /// matches (the query then does not call <see cref="Matches"/> for this filter), false when it may have left
    /// non-matches in. The default narrows nothing and returns false.
    /// </summary>
    internal virtual bool Narrow(PolicyCatalog catalog, ref Candidates candidates) => false;

    /// <summary>
    /// Like <see cref="Narrow"/>, for a filter that tests each candidate against a table indexed by ordinal rather
    /// than intersecting with a posting list: the query calls it after every filter's <see cref="Narrow"/>, so it
    /// tests the fewest candidates. The default keeps every candidate and returns false.
    /// </summary>
    internal virtual bool Sieve(PolicyCatalog catalog, ref Candidates candidates) => false;

    /// <summary>Readable form: the description.</summary>
    public override string ToString() => Description;
}
