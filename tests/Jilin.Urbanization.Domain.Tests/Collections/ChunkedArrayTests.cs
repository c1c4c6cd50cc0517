using System.Runtime.CompilerServices;
using FluentAssertions;
using Jilin.Urbanization.Domain.Collections;
using Xunit;

namespace Jilin.Urbanization.Domain.Tests.Collections;

public class ChunkedArrayTests
{
    // The runtime puts objects of 85,000 bytes or more on the large-object heap.
    private const int LargeObjectThreshold = 85_000;

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(8_192)]
    [InlineData(8_193)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Grown_one_item_at_a_time_it_keeps_every_item_in_chunks_below_the_large_object_threshold(int count)
    {
        var array = new ChunkedArray<object>();
        var items = Enumerable.Range(0, count).Select(i => (object)i).ToArray();
        for (var i = 0; i < count; i++)
        {
            array.EnsureCapacity(i + 1);
            array[i] = items[i];
        }

        array.Prefix(count).Should().Equal(items);
        array.Prefix(count).ToArray().Should().Equal(items);
        array.Chunks.Should().OnlyContain(c => (long)c.Length * Unsafe.SizeOf<object>() < LargeObjectThreshold);
        new ChunkedArray<long>(count).Chunks.Should().OnlyContain(c => (long)c.Length * sizeof(long) < LargeObjectThreshold);
    }

    [Fact]
    public void A_small_array_stays_small()
    {
        var array = new ChunkedArray<int>(3);

        array.Capacity.Should().Be(16);
        array.Chunks.Should().ContainSingle().Which.Should().HaveCount(16);
    }

    [Fact]
    public void A_prefix_read_before_the_array_grew_still_reads_its_items()
    {
        var array = new ChunkedArray<string>();
        array.EnsureCapacity(2);
        array[0] = "a";
        array[1] = "b";
        var before = array.Prefix(2);

        array.EnsureCapacity(20_000);
        array[1] = "b";
        array[19_999] = "z";

        before.Should().Equal("a", "b");
        array.Prefix(20_000)[19_999].Should().Be("z");
        array.Prefix(20_000)[1].Should().Be("b");
    }

    [Fact]
    public void A_prefix_refuses_an_index_outside_it()
    {
        var array = new ChunkedArray<string>(16);
        var prefix = array.Prefix(3);

        var read = () => prefix[3];

        read.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*holds 3 item(s)*");
    }
}
