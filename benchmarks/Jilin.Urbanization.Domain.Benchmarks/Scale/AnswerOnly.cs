using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Benchmarks.Scale;

/// <summary>
/// A query's answer found in advance, enumerable the way a query is (a class enumerator, not a list), so LINQ over it
/// costs what LINQ over any query must: the floor of the LINQ forms, with no search in it.
/// </summary>
public sealed class AnswerOnly(Measure[] answer) : IEnumerable<Measure>
{
    public IEnumerator<Measure> GetEnumerator() => new Enumerator(answer);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(Measure[] answer) : IEnumerator<Measure>
    {
        private int next;

        public Measure Current { get; private set; } = null!;

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (next < answer.Length)
            {
                Current = answer[next++];
                return true;
            }

            return false;
        }

        public void Reset() => next = 0;

        public void Dispose()
        {
        }
    }
}
