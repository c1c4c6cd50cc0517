using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;

namespace Jilin.Urbanization.Domain.Tests.Catalog;

public class DepartmentIdTableTests
{
    private static Department Synthetic(int i) =>
        new(DepartmentId.Parse($"department-{i}"), $"部门{i}", $"吉林省部门{i}", $"Department {i}", DepartmentKind.ProvincialDepartment, ValueList<string>.Empty);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(53)]
    [InlineData(5_300)]
    public void Every_id_finds_its_own_value_and_ids_of_its_own_text_find_it_too(int count)
    {
        var departments = Enumerable.Range(0, count).Select(Synthetic).ToList();
        var table = new DepartmentIdTable<Department>(departments, d => d);

        foreach (var department in departments)
        {
            table.TryGetValue(department.Id, out var same).Should().BeTrue();
            same.Should().BeSameAs(department);

            // A parsed id holds a string of its own, equal but not the same instance as the table's.
            var parsed = DepartmentId.Parse(new string(department.Id.ToString().AsSpan()));
            table.TryGetValue(parsed, out var found).Should().BeTrue();
            found.Should().BeSameAs(department);
        }
    }

    [Fact]
    public void Unknown_and_default_ids_find_nothing()
    {
        var table = new DepartmentIdTable<Department>(Enumerable.Range(0, 100).Select(Synthetic).ToList(), d => d);

        foreach (var i in Enumerable.Range(100, 400))
        {
            table.TryGetValue(DepartmentId.Parse($"department-{i}"), out var value).Should().BeFalse();
            value.Should().BeNull();
        }

        table.TryGetValue(default, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Equal_ids_have_equal_hashes_and_a_default_id_hashes_to_zero()
    {
        var a = DepartmentId.Parse("housing-urban-rural-development");
        var b = DepartmentId.Parse(new string("housing-urban-rural-development".AsSpan()));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == b).Should().BeTrue();
        a.Should().NotBe(DepartmentId.Parse("ndrc"));
        default(DepartmentId).GetHashCode().Should().Be(0);
        default(DepartmentId).Should().Be(default(DepartmentId));
        new Dictionary<DepartmentId, int> { [a] = 1 }[b].Should().Be(1);
    }
}
