namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// The measures a query may still match, as catalog ordinals (<c>catalog.Measures[i]</c>) in ascending order: either
/// a run <c>[from, to)</c> of every ordinal (no array at all), or a slice of a sorted array. An index's posting list
/// is borrowed, not copied, until an intersection needs an array of its own; so a query with one indexed condition
/// reads its answer straight from the index. Work is proportional to the posting lists involved, never to the
/// catalog's size (bit sets over every measure were; see benchmarks/README.md).
/// </summary>
internal struct Candidates
{
    private static readonly int[] None = [];

    private int[]? items; // null: the run [from, to)
    private int start;
    private int count;
    private bool owned; // items is this set's own buffer, so it may be overwritten in place
    private int from;
    private int to;

    /// <summary>Every measure of a catalog of <paramref name="total"/> measures.</summary>
    public static Candidates All(int total) => new() { from = 0, to = total, count = total };

    /// <summary>The number of candidates.</summary>
    public readonly int Count => count;

    /// <summary>The ordinal of the <paramref name="index"/>-th candidate, in ascending order.</summary>
    public readonly int this[int index] => items is null ? from + index : items[start + index];

    /// <summary>A copy that shares no writable buffer with this set (narrowing the copy leaves this one as it is).</summary>
    public readonly Candidates Borrow() => this with { owned = false };

    /// <summary>Removes every candidate.</summary>
    public void Clear() => this = new() { items = None };

    /// <summary>Keeps the candidates in <c>[<paramref name="first"/>, <paramref name="end"/>)</c>.</summary>
    public void KeepRange(int first, int end)
    {
        if (items is null)
        {
            from = Math.Max(from, first);
            to = Math.Max(from, Math.Min(to, end));
            count = to - from;
            return;
        }

        var span = items.AsSpan(start, count);
        var lo = LowerBound(span, first);
        var hi = LowerBound(span, end);
        start += lo;
        count = Math.Max(0, hi - lo);
    }

    /// <summary>Keeps the candidates whose bit is set in <paramref name="marks"/> (bit <c>i</c> for catalog ordinal <c>i</c>).</summary>
    public void KeepMarked(ulong[] marks) => KeepWhere(new Marked(marks));

    /// <summary>Keeps the candidates <paramref name="test"/> accepts (a struct, so the test is inlined, not a delegate).</summary>
    public void KeepWhere<TTest>(TTest test)
        where TTest : struct, ICandidateTest
    {
        if (count == 0)
        {
            return;
        }

        // In place when the buffer is this set's own: the write position never passes the read position.
        var target = owned ? items! : new int[count];
        var offset = owned ? start : 0;
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            var ordinal = this[i];
            if (test.Keep(ordinal))
            {
                target[offset + n++] = ordinal;
            }
        }

        this = new() { items = target, start = offset, count = n, owned = true };
    }

    /// <summary>Keeps the candidates that are in the sorted, distinct <paramref name="postings"/>.</summary>
    public void IntersectWith(int[] postings) => IntersectWith(postings, 0, postings.Length);

    /// <summary>Keeps the candidates that are in <c>postings[offset..offset+length)</c> (sorted, distinct).</summary>
    public void IntersectWith(int[] postings, int offset, int length)
    {
        if (items is null)
        {
            // A run: borrow the part of the posting list inside it.
            var slice = postings.AsSpan(offset, length);
            var lo = LowerBound(slice, from);
            var hi = LowerBound(slice, to);
            this = new() { items = postings, start = offset + lo, count = Math.Max(0, hi - lo) };
            return;
        }

        if (count == 0)
        {
            return;
        }

        var mine = items.AsSpan(start, count);
        var theirs = postings.AsSpan(offset, length);
        var target = owned ? items : new int[Math.Min(count, length)];
        var n = Intersect(mine, theirs, target.AsSpan(owned ? start : 0));
        if (!owned)
        {
            start = 0;
        }

        items = target;
        owned = true;
        count = n;
    }

    /// <summary>Keeps the candidates of this set or of <paramref name="other"/> (both narrowed from the same set).</summary>
    public void UnionWith(in Candidates other)
    {
        if (other.count == 0)
        {
            return;
        }

        if (count == 0)
        {
            this = other.Borrow();
            return;
        }

        var merged = new int[count + other.count];
        int i = 0, j = 0, n = 0;
        while (i < count && j < other.count)
        {
            var a = this[i];
            var b = other[j];
            merged[n++] = a <= b ? a : b;
            i += a <= b ? 1 : 0;
            j += b <= a ? 1 : 0;
        }

        for (; i < count; i++)
        {
            merged[n++] = this[i];
        }

        for (; j < other.count; j++)
        {
            merged[n++] = other[j];
        }

        this = new() { items = merged, count = n, owned = true };
    }

    /// <summary>
    /// Writes the ordinals in both sorted lists to <paramref name="target"/> (which may be <paramref name="a"/>'s own
    /// memory: it is written behind the read position). A much shorter list is looked up in the longer by galloping.
    /// </summary>
    private static int Intersect(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> target)
    {
        var n = 0;
        if (a.Length * 16 < b.Length || b.Length * 16 < a.Length)
        {
            var small = a.Length <= b.Length ? a : b;
            var large = a.Length <= b.Length ? b : a;
            var lo = 0;
            foreach (var value in small)
            {
                lo += LowerBound(large[lo..], value);
                if (lo == large.Length)
                {
                    break;
                }

                if (large[lo] == value)
                {
                    target[n++] = value;
                }
            }

            return n;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                target[n++] = x;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }

    /// <summary>The index of the first element not less than <paramref name="value"/>.</summary>
    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
