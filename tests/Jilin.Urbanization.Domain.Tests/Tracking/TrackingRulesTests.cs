using FluentAssertions;
using Jilin.Urbanization.Domain.Collections;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

/// <summary>The duplicate check's keys (issue 16: a million daily figures over a few hundred target-subject pairs).</summary>
public sealed class TrackingRulesTests
{
    [Fact]
    public void Daily_keys_of_hundreds_of_pairs_spread_over_distinct_hash_codes()
    {
        // 340 pairs × 8 years of days, as in the progress dataset: long.GetHashCode gave these 4,608 codes in all.
        var keys = (from pair in Enumerable.Range(0, 340)
                    from offset in Enumerable.Range(0, 8 * 365)
                    select TrackingRules.Key(pair, new LocalDate(2020, 1, 6).PlusDays(offset))).ToList();

        keys.Distinct().Should().HaveCount(keys.Count);
        keys.Select(k => LongIndexMap.Spread(k) >> 32).Distinct().Count().Should().BeGreaterThan(keys.Count * 99 / 100);
    }
}
