using System.Reflection;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The library's enum check (arguments, init accessors, the snapshot reader) reads each enum's last member from a table,
/// so no reflection runs at a cold start; these hold the table to the enums as defined, so a member added without
/// updating it, a gap or a 0 member fails here.
/// </summary>
public class DefinedEnumTests
{
    public static TheoryData<string> Enums() => new(LibraryEnums().Select(t => t.FullName!));

    [Fact]
    public void The_library_has_enums_to_check() => LibraryEnums().Should().HaveCountGreaterThanOrEqualTo(22);

    [Theory]
    [MemberData(nameof(Enums))]
    public void An_enum_defines_one_to_its_last_member_and_the_table_knows_it(string name)
    {
        var type = LibraryEnums().Single(t => t.FullName == name);
        var values = ((int[])Enum.GetValuesAsUnderlyingType(type)).Order().ToArray();

        Enum.GetUnderlyingType(type).Should().Be<int>();
        values.Should().Equal(Enumerable.Range(1, values.Length), "0 (default) is no value, and the check reads the range 1..last");
        Invoke<int>(nameof(DefinedEnum.Last), type).Should().Be(values[^1], "DefinedEnum.Last must name the enum's last member");
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void The_quick_check_agrees_with_the_enum_definition(string name)
    {
        var type = LibraryEnums().Single(t => t.FullName == name);
        foreach (var value in new[] { int.MinValue, -1, 0, 1, 2, 3, 5, 8, 12, 13, 64, 999, int.MaxValue })
        {
            var boxed = Enum.ToObject(type, value);
            Invoke<bool>(nameof(DefinedEnum.Defines), type, boxed).Should().Be(Enum.IsDefined(type, boxed), $"{name} {value}");
        }
    }

    private static T Invoke<T>(string method, Type enumType, params object[] args) =>
        (T)typeof(DefinedEnum).GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType).Invoke(null, args)!;

    private static IEnumerable<Type> LibraryEnums() => typeof(PolicyCatalog).Assembly.GetTypes().Where(t => t.IsEnum);
}
