using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Queries;

/// <summary>A test of one candidate ordinal, for <see cref="Candidates.KeepWhere{TTest}"/>.</summary>
internal interface ICandidateTest
{
    /// <summary>True to keep the measure with catalog ordinal <paramref name="ordinal"/>.</summary>
    bool Keep(int ordinal);
}

/// <summary>Keeps the ordinals whose bit is set (bit <c>i</c> of the set for catalog ordinal <c>i</c>).</summary>
internal readonly struct Marked(ulong[] marks) : ICandidateTest
{
    public bool Keep(int ordinal) => (marks[ordinal >> 6] & (1UL << ordinal)) != 0;
}

/// <summary>
/// Keeps the ordinals whose measure's corrected text contains each of <c>terms[first..end)</c> that is longer than two
/// characters: the posting lists of pairs settle shorter terms exactly, and only suggest where longer ones may be.
/// </summary>
internal readonly struct ContainingLongTerms(ValueList<Measure> measures, string[] terms, int first, int end) : ICandidateTest
{
    public bool Keep(int ordinal)
    {
        var text = measures[ordinal].CorrectedText;
        for (var t = first; t < end; t++)
        {
            if (terms[t].Length > 2 && !text.Contains(terms[t], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
