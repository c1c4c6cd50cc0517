using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Tests.Threading;

public class OnceTests
{
    [Fact]
    public void A_set_field_is_returned_without_building_again()
    {
        var built = 0;
        object? field = null;

        var first = Once.Get(ref field, 0, _ => { built++; return new object(); });
        var second = Once.Get(ref field, 0, _ => { built++; return new object(); });

        second.Should().BeSameAs(first);
        field.Should().BeSameAs(first);
        built.Should().Be(1);
    }

    [Fact]
    public void Threads_racing_on_the_first_use_all_get_the_one_value_kept()
    {
        for (var round = 0; round < 50; round++)
        {
            object? field = null;
            using var start = new Barrier(8);
            var results = new object[8];
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                results[i] = Once.Get(ref field, i, static _ => new object());
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            results.Should().OnlyContain(r => ReferenceEquals(r, field));
        }
    }
}
