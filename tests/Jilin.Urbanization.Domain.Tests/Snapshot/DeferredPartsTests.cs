using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data.Snapshot;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Snapshot;

/// <summary>
/// A catalog read from the snapshot makes its deadlines, periods and document sources on first use (so a process that
/// asks no date question never loads NodaTime). These tests pin that the load makes none of them, that many threads
/// asking first get one instance each, equal to what the parser builds eagerly, and that equality and hashes are the
/// eager catalog's.
/// </summary>
public class DeferredPartsTests
{
    private static readonly PolicyCatalog Eager = PolicyCatalog.ParseEmbedded();

    [Fact]
    public void Loading_the_catalog_makes_no_deadline_period_or_source()
    {
        var makers = Makers(PolicyCatalog.LoadEmbedded()).ToList();

        makers.Should().HaveCount(Eager.Documents.Count + Eager.Measures.Sum(
            m => m.Targets.Count(t => t.Deadline is not null) + m.Targets.Count(t => t.Period is not null) + m.Conditions.Count(c => c.Deadline is not null)));
        makers.Should().OnlyContain(m => !m.IsMade, "the load (its manifest check included) must not touch NodaTime");
    }

    [Fact]
    public void Many_threads_asking_first_get_one_instance_each_equal_to_the_parsed_catalog_s()
    {
        var expected = Parts(Eager);
        for (var round = 0; round < 10; round++)
        {
            var catalog = PolicyCatalog.LoadEmbedded(); // fresh: nothing made yet
            var seen = Race.AtOnce(8, t => Parts(catalog, rotate: t));

            seen.Should().AllSatisfy(parts => parts.Should().Equal(expected));
            for (var i = 0; i < expected.Count; i++)
            {
                seen.Select(parts => parts[i]).Distinct(ReferenceEqualityComparer.Instance).Should().HaveCount(1, "each value is made once");
            }
        }
    }

    [Fact]
    public void A_loaded_catalog_equals_the_parsed_one_and_hashes_alike_whichever_is_asked_first()
    {
        var loaded = PolicyCatalog.LoadEmbedded();

        // Hash first: hashing makes the deferred values; then equality both ways.
        loaded.Documents.Select(d => d.GetHashCode()).Should().Equal(Eager.Documents.Select(d => d.GetHashCode()));
        loaded.Measures.Select(m => m.GetHashCode()).Should().Equal(Eager.Measures.Select(m => m.GetHashCode()));
        loaded.Should().Be(Eager);
        Eager.Should().Be(loaded);

        var again = PolicyCatalog.LoadEmbedded();
        again.Equals(Eager).Should().BeTrue("equality makes what it compares");
        again.GetHashCode().Should().Be(Eager.GetHashCode());
    }

    [Fact]
    public void With_on_a_loaded_target_replaces_only_the_property_it_names()
    {
        var target = PolicyCatalog.LoadEmbedded().Measures.SelectMany(m => m.Targets).First(t => t.Deadline is not null && t.Period is not null);
        var deadline = target.Deadline! with { Quote = "到2030年" };

        var changed = target with { Deadline = deadline };

        changed.Deadline.Should().BeSameAs(deadline);
        changed.Period.Should().BeSameAs(target.Period);
        changed.Should().NotBe(target);
        (changed with { Deadline = target.Deadline }).Should().Be(target);
    }

    [Fact]
    public void The_date_check_without_NodaTime_agrees_with_NodaTime()
    {
        foreach (var year in new[] { -9999, -9998, -401, -400, -100, -4, -1, 0, 1, 4, 100, 400, 1900, 2000, 2021, 2024, 2025, 9999, 10000 })
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    bool valid;
                    try
                    {
                        _ = new LocalDate(year, month, day);
                        valid = true;
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        valid = false;
                    }

                    DeferredParts.IsIsoDate(year, month, day).Should().Be(valid, $"{year}-{month}-{day}");
                }
            }
        }
    }

    private static IEnumerable<DeferredValue.Maker> Makers(PolicyCatalog catalog) =>
        catalog.Documents.Select(d => d.DeferredSource.Deferred)
            .Concat(catalog.Measures.SelectMany(m => m.Targets.SelectMany(t => new[] { t.DeferredDeadline.Deferred, t.DeferredPeriod.Deferred })))
            .Concat(catalog.Measures.SelectMany(m => m.Conditions.Select(c => c.DeferredDeadline.Deferred)))
            .OfType<DeferredValue.Maker>();

    // Every source, deadline and period in catalog order; a thread starts at its own offset so the threads race for
    // different values first.
    private static List<object?> Parts(PolicyCatalog catalog, int rotate = 0)
    {
        var getters = new List<Func<object?>>();
        foreach (var document in catalog.Documents)
        {
            getters.Add(() => document.Source);
        }

        foreach (var measure in catalog.Measures)
        {
            foreach (var target in measure.Targets)
            {
                getters.Add(() => target.Deadline);
                getters.Add(() => target.Period);
            }

            foreach (var condition in measure.Conditions)
            {
                getters.Add(() => condition.Deadline);
            }
        }

        var parts = new object?[getters.Count];
        for (var k = 0; k < getters.Count; k++)
        {
            var i = (k + (rotate * 7)) % getters.Count;
            parts[i] = getters[i]();
        }

        return [.. parts];
    }
}
