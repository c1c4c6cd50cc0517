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
    /// For a filter that one bit per measure settles (such as "has targets"): the bit set (bit <c>i</c> for catalog
    /// ordinal <c>i</c>) a measure must be marked in to pass, tested by the query as it reaches each candidate left by
    /// every filter's <see cref="Narrow"/>. <paramref name="exact"/> is true when the marks are exactly the matches (the
    /// query then does not call <see cref="Matches"/>). The default has no marks and returns null.
    /// </summary>
    internal virtual ulong[]? Marks(PolicyCatalog catalog, out bool exact)
    {
        exact = false;
        return null;
    }

    /// <summary>Readable form: the description.</summary>
    public override string ToString() => Description;
}
