using Jilin.Urbanization.Domain.Threading;
using Jilin.Urbanization.Domain.Tests.Support;

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
            var holder = new object?[1];
            var results = Race.AtOnce(8, i => Once.Get(ref holder[0], i, static _ => new object()));
            var field = holder[0];

            results.Should().OnlyContain(r => ReferenceEquals(r, field));
        }
    }
}
