using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>Checks, in a benchmark's cleanup, that the library and its baselines found the same measures in the same order.</summary>
internal static class ScaleChecks
{
    public static void Same(ValueList<Measure> library, List<Measure> loop, List<Measure> index, ValueList<MeasureId>? ids, List<MeasureId>? linq)
    {
        var expected = loop.Select(m => m.Id).ToList();
        Check("the hand-built index", index.Select(m => m.Id));
        Check("the query", library.Select(m => m.Id));
        if (ids is { } list)
        {
            Check("Ids()", list);
        }

        if (linq is not null)
        {
            Check("LINQ over the query", linq);
        }

        void Check(string what, IEnumerable<MeasureId> actual)
        {
            var found = actual.ToList();
            if (!found.SequenceEqual(expected))
            {
                throw new InvalidOperationException($"{what} found {found.Count} measure(s), the plain loop {expected.Count}.");
            }
        }
    }
}
