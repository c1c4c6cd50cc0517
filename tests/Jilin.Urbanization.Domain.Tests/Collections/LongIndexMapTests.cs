using FluentAssertions;
using Jilin.Urbanization.Domain.Collections;
using Xunit;

namespace Jilin.Urbanization.Domain.Tests.Collections;

public class LongIndexMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2026)]
    public void Any_sequence_of_sets_and_removals_answers_as_a_dictionary_does(int seed)
    {
        var random = new Random(seed);
        var map = new LongIndexMap();
        var expected = new Dictionary<long, int>();

        // Keys shaped like the ledger's: a pair number in the high half, a packed day in the low one, few distinct
        // values so that removals hit probe runs that wrap and shift.
        for (var step = 0; step < 60_000; step++)
        {
            var key = ((long)random.Next(0, 400) << 32) | (uint)random.Next(0, 40);
            switch (random.Next(0, 4))
            {
                case 0:
                    map.Remove(key);
                    expected.Remove(key);
                    break;
                default:
                    var value = random.Next(0, int.MaxValue - 1);
                    map.Set(key, value);
                    expected[key] = value;
                    break;
            }

            if (step % 997 == 0)
            {
                AnswersAs(map, expected);
            }
        }

        AnswersAs(map, expected);
    }

    [Fact]
    public void Removing_a_key_twice_leaves_it_absent_and_the_count_right()
    {
        var map = new LongIndexMap(4);
        map.Set(5, 0);
        map.Remove(5);
        map.Remove(5);

        map.TryGetValue(5, out _).Should().BeFalse();
        map.Count.Should().Be(0);
    }

    private static void AnswersAs(LongIndexMap map, Dictionary<long, int> expected)
    {
        map.Count.Should().Be(expected.Count);
        foreach (var (key, value) in expected)
        {
            map.TryGetValue(key, out var found).Should().BeTrue();
            found.Should().Be(value);
        }

        for (var pair = 0L; pair < 400; pair += 37)
        {
            var key = (pair << 32) | 41;   // a day never set
            map.TryGetValue(key, out _).Should().BeFalse();
        }
    }
}
