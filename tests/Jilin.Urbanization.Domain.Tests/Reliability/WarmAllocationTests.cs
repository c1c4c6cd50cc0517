using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Warm look-ups allocate nothing: a getter that builds an index on first use once allocated a delegate at every
/// call (64 bytes per name look-up), before it saw the index was already built.
/// </summary>
public class WarmAllocationTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly TargetIndicator Dated = Catalog.Targets.First(t => t.Deadline is not null);
    private static readonly TargetIndicator WithPeriod = Catalog.Targets.First(t => t.Period is not null);
    private static readonly DepartmentId Housing = DepartmentId.Parse(new string("housing-urban-rural-development".AsSpan()));

    public static TheoryData<string, Func<object>> LookUps() => new()
    {
        { "department name", () => Catalog.FindDepartment("省住房城乡建设厅") },
        { "registry resolve", () => Catalog.Departments.Resolve("住建厅") },
        { "measures led by a name", () => Catalog.MeasuresLedBy("省住房城乡建设厅") },
        { "measures led by a typed id", () => Catalog.MeasuresLedBy(Housing) },
        { "measures involving a typed id", () => Catalog.MeasuresInvolving(Housing) },
        { "measures led by an id's text", () => Catalog.MeasuresLedBy("housing-urban-rural-development") },
        { "place name", () => Catalog.FindPlace("长春") },
        { "the starting query", () => Catalog.Query() },
        { "measures with a place", () => Catalog.PlaceMentions },
        { "conditions", () => Catalog.Conditions },
        { "a target's deadline (made on first use)", () => Dated.Deadline! },
        { "a target's period (made on first use)", () => WithPeriod.Period! },
        { "a document's source (made on first use)", () => Catalog.Documents[0].Source },
    };

    [Theory]
    [MemberData(nameof(LookUps))]
    public void A_warm_look_up_allocates_nothing(string what, Func<object> lookUp)
    {
        for (var i = 0; i < 3; i++)
        {
            lookUp(); // builds whatever is built on first use
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            lookUp();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, $"a warm {what} look-up should allocate nothing");
    }

    [Fact]
    public void Counting_a_query_with_has_targets_over_a_department_allocates_nothing()
    {
        // "Has targets" is tested as each candidate is reached: narrowing the department's borrowed posting list by it
        // first needed an array of its own at every run.
        var query = Catalog.Query().Involving(Housing).WithTargets();
        var expected = Catalog.MeasuresInvolving(Housing).Count(m => m.Targets.Count > 0);
        query.Count().Should().Be(expected).And.BeGreaterThan(0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += query.Count();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        total.Should().Be(100 * expected);
    }
}
