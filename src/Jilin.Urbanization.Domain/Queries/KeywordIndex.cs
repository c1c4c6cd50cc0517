using System.Numerics;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// Which measures' corrected texts hold each character and each pair of adjacent characters, as bit sets over the
/// catalog's measures (bit <c>i</c> is <c>catalog.Measures[i]</c>), so a keyword search looks only at the measures
/// that can hold the keyword. For a keyword of one or two characters the set is exactly the answer; a longer keyword
/// can occur only where every one of its pairs does, so ANDing the pairs' sets gives a superset that the filter
/// confirms with the ordinal substring search. Either way the answer is exactly the scan's. Built once per catalog,
/// on the first keyword query.
/// </summary>
internal sealed class KeywordIndex
{
    // Row of each character (key -1 - c) and each pair (key c1 << 16 | c2): keys of the two kinds never meet.
    private readonly Dictionary<long, int> rowOf = [];
    private readonly ulong[] rows;

    public KeywordIndex(ValueList<Measure> measures)
    {
        Words = (measures.Count + 63) >> 6;
        var sets = new List<ulong>(4096 * Words);
        for (var i = 0; i < measures.Count; i++)
        {
            var text = measures[i].CorrectedText;
            var word = i >> 6;
            var bit = 1UL << (i & 63);
            for (var j = 0; j < text.Length; j++)
            {
                sets[RowFor(Single(text[j])) + word] |= bit;
                if (j + 1 < text.Length)
                {
                    sets[RowFor(Pair(text[j], text[j + 1])) + word] |= bit;
                }
            }
        }

        rows = [.. sets];

        int RowFor(long key)
        {
            if (!rowOf.TryGetValue(key, out var start))
            {
                start = sets.Count;
                rowOf[key] = start;
                for (var w = 0; w < Words; w++)
                {
                    sets.Add(0);
                }
            }

            return start;
        }
    }

    /// <summary>The number of 64-bit words in a candidate set.</summary>
    public int Words { get; }

    /// <summary>The number of distinct characters and pairs indexed.</summary>
    public int Grams => rowOf.Count;

    /// <summary>
    /// Clears from <paramref name="candidates"/> the measures that cannot contain <paramref name="term"/>. Returns
    /// true when what is left is exactly the measures that contain it (a term of at most two characters), false when
    /// the survivors still need the substring search.
    /// </summary>
    public bool Narrow(string term, Span<ulong> candidates)
    {
        if (term.Length == 1)
        {
            And(Single(term[0]), candidates);
            return true;
        }

        for (var j = 0; j + 1 < term.Length; j++)
        {
            And(Pair(term[j], term[j + 1]), candidates);
        }

        return term.Length <= 2; // the empty term is in every text, so nothing was cleared
    }

    private void And(long key, Span<ulong> candidates)
    {
        if (!rowOf.TryGetValue(key, out var start))
        {
            candidates.Clear(); // no measure holds it
            return;
        }

        var row = rows.AsSpan(start, Words);
        for (var w = 0; w < candidates.Length; w++)
        {
            candidates[w] &= row[w];
        }
    }

    private static long Single(char c) => -1L - c;

    private static long Pair(char first, char second) => ((long)first << 16) | second;

    /// <summary>Sets the first <paramref name="count"/> bits of <paramref name="set"/> and clears the rest.</summary>
    public static void Fill(Span<ulong> set, int count)
    {
        set.Fill(ulong.MaxValue);
        if ((count & 63) != 0)
        {
            set[^1] = (1UL << (count & 63)) - 1;
        }
    }

    /// <summary>The number of set bits.</summary>
    public static int Count(ReadOnlySpan<ulong> set)
    {
        var count = 0;
        foreach (var word in set)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }
}
