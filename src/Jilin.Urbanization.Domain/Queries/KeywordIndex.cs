using System.Numerics;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// A bigram signature of every measure's corrected text, so a keyword search checks only the measures that can hold
/// the keyword. Each pair of adjacent characters of a text is hashed to one of <see cref="Buckets"/> rows; a row is a
/// bit set over the catalog's measures (bit <c>i</c> is <c>catalog.Measures[i]</c>). A keyword can occur in a measure
/// only if every one of its adjacent pairs does, so ANDing the keyword's rows gives a superset of the matches (hash
/// collisions only add candidates); the filter then confirms each candidate with the ordinal substring search, so
/// the answer is exactly the scan's. Built once per catalog, on the first keyword query (~100 KB).
/// </summary>
internal sealed class KeywordIndex
{
    private const int BucketBits = 12;
    private const int Buckets = 1 << BucketBits;
    private readonly ulong[] rows;

    public KeywordIndex(ValueList<Measure> measures)
    {
        Words = (measures.Count + 63) >> 6;
        rows = new ulong[Buckets * Words];
        for (var i = 0; i < measures.Count; i++)
        {
            var text = measures[i].CorrectedText;
            var word = i >> 6;
            var bit = 1UL << (i & 63);
            for (var j = 0; j + 1 < text.Length; j++)
            {
                rows[(Bucket(text[j], text[j + 1]) * Words) + word] |= bit;
            }
        }
    }

    /// <summary>The number of 64-bit words in a candidate set.</summary>
    public int Words { get; }

    /// <summary>
    /// Clears from <paramref name="candidates"/> the measures that cannot contain <paramref name="term"/>. A
    /// one-character term has no pair, so it narrows nothing.
    /// </summary>
    public void Narrow(string term, Span<ulong> candidates)
    {
        for (var j = 0; j + 1 < term.Length; j++)
        {
            var row = rows.AsSpan(Bucket(term[j], term[j + 1]) * Words, Words);
            for (var w = 0; w < candidates.Length; w++)
            {
                candidates[w] &= row[w];
            }
        }
    }

    // Fibonacci hashing of the pair; wrapping multiplication is the point (the build checks overflow elsewhere).
    private static int Bucket(char first, char second) =>
        (int)(unchecked((((uint)first << 16) | second) * 0x9E3779B1u) >> (32 - BucketBits));

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
