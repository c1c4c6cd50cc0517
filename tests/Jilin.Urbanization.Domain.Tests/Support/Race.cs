namespace Jilin.Urbanization.Domain.Tests.Support;

/// <summary>Races threads on a first use: every thread is released at once by a barrier, so they collide.</summary>
internal static class Race
{
    /// <summary>Runs <paramref name="work"/> on <paramref name="threads"/> threads released together; each result by thread index.</summary>
    public static T[] AtOnce<T>(int threads, Func<int, T> work)
    {
        var results = new T[threads];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = work(i);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join(TimeSpan.FromSeconds(60)).Should().BeTrue("no thread hangs"));
        return results;
    }
}
