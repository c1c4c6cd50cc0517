using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>
/// Which measures' corrected texts hold each character and each pair of adjacent characters, as posting lists
/// (sorted catalog ordinals: <c>i</c> is <c>catalog.Measures[i]</c>), so a keyword search looks only at the measures
/// that can hold the keyword. For a keyword of one or two characters the list is exactly the answer; a longer keyword
/// can occur only where every one of its pairs does, so intersecting the pairs' lists gives a superset that the filter
/// confirms with the ordinal substring search. Either way the answer is exactly the scan's. Built once per catalog,
/// on the first keyword query.
/// </summary>
/// <remarks>
/// Size is linear in the text: one entry per distinct gram of each measure, all in one array (the list of gram
/// <c>g</c> is <c>postings[offsets[g]..offsets[g + 1])</c>), sized exactly by a counting pass before it is filled.
/// Bit sets per gram (the previous index) took grams × measures bits, which grows quadratically with the catalog.
/// </remarks>
internal sealed class KeywordIndex
{
    // Gram of each character (key -1 - c) and each pair (key c1 << 16 | c2): keys of the two kinds never meet.
    private readonly GramTable gramOf;
    private readonly int[] offsets;
    private readonly int[] postings;
    private readonly ValueList<Measure> measures;

    public KeywordIndex(ValueList<Measure> measures)
    {
        this.measures = measures;
        // Pass 1: the distinct grams and how many measures hold each.
        gramOf = new GramTable(4096);
        var counts = new List<int>(4096);
        var lastMeasure = new List<int>(4096);
        for (var i = 0; i < measures.Count; i++)
        {
            var text = measures[i].CorrectedText;
            for (var j = 0; j < text.Length; j++)
            {
                Count(Single(text[j]), i);
                if (j + 1 < text.Length)
                {
                    Count(Pair(text[j], text[j + 1]), i);
                }
            }
        }

        // Pass 2: exact-size lists, filled in measure order (so each list is sorted and distinct).
        offsets = new int[counts.Count + 1];
        for (var g = 0; g < counts.Count; g++)
        {
            offsets[g + 1] = offsets[g] + counts[g];
        }

        postings = new int[offsets[^1]];
        var next = offsets.AsSpan(0, counts.Count).ToArray();
        for (var g = 0; g < lastMeasure.Count; g++)
        {
            lastMeasure[g] = -1;
        }

        for (var i = 0; i < measures.Count; i++)
        {
            var text = measures[i].CorrectedText;
            for (var j = 0; j < text.Length; j++)
            {
                Fill(Single(text[j]), i);
                if (j + 1 < text.Length)
                {
                    Fill(Pair(text[j], text[j + 1]), i);
                }
            }
        }

        void Count(long key, int measure)
        {
            var g = gramOf.FindOrAdd(key, out var added);
            if (added)
            {
                counts.Add(0);
                lastMeasure.Add(-1);
            }

            if (lastMeasure[g] != measure)
            {
                lastMeasure[g] = measure;
                counts[g]++;
            }
        }

        void Fill(long key, int measure)
        {
            var g = gramOf.Find(key);
            if (lastMeasure[g] != measure)
            {
                lastMeasure[g] = measure;
                postings[next[g]++] = measure;
            }
        }
    }

    /// <summary>The number of distinct characters and pairs indexed.</summary>
    public int Grams => gramOf.Count;

    /// <summary>The number of entries in all posting lists (the index's size is about 4 bytes each).</summary>
    public int Postings => postings.Length;

    /// <summary>
    /// Removes from <paramref name="candidates"/> the measures that cannot contain <paramref name="term"/>. Returns
    /// true when what is left is exactly the measures that contain it (a term of at most two characters), false when
    /// the survivors still need the substring search.
    /// </summary>
    public bool Narrow(string term, ref Candidates candidates)
    {
        IntersectGrams([term], ref candidates);
        return term.Length <= 2;
    }

    /// <summary>
    /// Keeps exactly the candidates whose texts contain every one of <c>terms[first..end)</c>: the terms' lists
    /// intersected (<see cref="IntersectGrams"/>), then only terms longer than two characters searched for, in the
    /// texts that are left.
    /// </summary>
    public void NarrowToAll(string[] terms, int first, int end, ref Candidates candidates)
    {
        if (IntersectGrams(terms.AsSpan(first, end - first), ref candidates))
        {
            candidates.KeepWhere(new ContainingLongTerms(measures, terms, first, end));
        }
    }

    /// <summary>
    /// Keeps the candidates that may contain every term: each term's lists are looked up once and intersected, rarest
    /// first, so every later intersection is at most that long. A term of one or two characters contributes its one
    /// list and is settled exactly; a longer term is searched for in the texts left anyway, so it contributes only its
    /// rarest pair (its other pairs would cost a merge each and settle nothing the search does not). Returns whether a
    /// term is longer than two characters, so the texts left must be searched.
    /// </summary>
    private bool IntersectGrams(ReadOnlySpan<string> terms, ref Candidates candidates)
    {
        Span<(int Offset, int Length)> lists = terms.Length <= 32 ? stackalloc (int, int)[terms.Length] : new (int, int)[terms.Length];
        var n = 0;
        var searchLong = false;
        foreach (var term in terms)
        {
            if (term.Length == 0)
            {
                continue; // an empty term is in every text
            }

            searchLong |= term.Length > 2;
            var rarest = (Offset: 0, Length: int.MaxValue);
            for (var j = 0; j < Math.Max(1, term.Length - 1); j++)
            {
                var g = gramOf.Find(term.Length == 1 ? Single(term[0]) : Pair(term[j], term[j + 1]));
                if (g < 0)
                {
                    candidates.Clear(); // no measure holds this gram, so none holds the term
                    return false;
                }

                if (offsets[g + 1] - offsets[g] < rarest.Length)
                {
                    rarest = (offsets[g], offsets[g + 1] - offsets[g]);
                }
            }

            // Insertion by length: a handful of lists, already looked up.
            var k = n++;
            for (; k > 0 && lists[k - 1].Length > rarest.Length; k--)
            {
                lists[k] = lists[k - 1];
            }

            lists[k] = rarest;
        }

        for (var k = 0; k < n && candidates.Count > 0; k++)
        {
            candidates.IntersectWith(postings, lists[k].Offset, lists[k].Length);
        }

        return searchLong && candidates.Count > 0;
    }

    /// <summary>Removes the candidates whose text does not hold the pair <paramref name="first"/><paramref name="second"/>.</summary>
    public void NarrowToPair(char first, char second, ref Candidates candidates) => And(Pair(first, second), ref candidates);

    private void And(long key, ref Candidates candidates)
    {
        var g = gramOf.Find(key);
        if (g < 0)
        {
            candidates.Clear(); // no measure holds it
            return;
        }

        candidates.IntersectWith(postings, offsets[g], offsets[g + 1] - offsets[g]);
    }

    private static long Single(char c) => -1L - c;

    private static long Pair(char first, char second) => ((long)first << 16) | second;
}
