using System.Reflection;
using System.Runtime.CompilerServices;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Every public init-only property whose nullable annotation says it is never null refuses null in its init
/// accessor too, with an <see cref="ArgumentNullException"/> naming the property. Constructors are guarded
/// (<see cref="ConstructorGuardTests"/>); this closes the other door, <c>record with { Text = null! }</c>, which calls
/// the init accessor and not the constructor. Likewise every init-only enum property refuses a value its enum does not
/// define (<c>with { Comparator = (Comparator)99 }</c>) with an InvalidEnumArgumentException naming the property.
/// </summary>
public class InitAccessorGuardTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> Properties() => new(GuardedProperties().Select(p => $"{p.DeclaringType!.FullName}.{p.Name}"));

    [Fact]
    public void The_model_has_init_only_reference_properties_to_check()
    {
        GuardedProperties().Should().HaveCountGreaterThan(50);
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void A_non_nullable_init_only_property_refuses_null(string name)
    {
        var declared = GuardedProperties().Single(p => $"{p.DeclaringType!.FullName}.{p.Name}" == name);
        var type = declared.DeclaringType!.IsGenericTypeDefinition
            ? declared.DeclaringType.MakeGenericType(declared.DeclaringType.GetGenericArguments().Select(_ => typeof(object)).ToArray())
            : declared.DeclaringType;
        var property = type.GetProperty(declared.Name)!;
        var instance = RuntimeHelpers.GetUninitializedObject(type);

        var set = () => property.SetMethod!.Invoke(instance, [null]);

        set.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>()
            .Which.ParamName.Should().Be(property.Name, name);
    }

    public static TheoryData<string> EnumProperties() => new(InitOnlyEnumProperties().Select(p => $"{p.DeclaringType!.FullName}.{p.Name}"));

    [Fact]
    public void The_model_has_init_only_enum_properties_to_check() => InitOnlyEnumProperties().Should().HaveCountGreaterThanOrEqualTo(23);

    [Theory]
    [MemberData(nameof(EnumProperties))]
    public void An_init_only_enum_property_refuses_an_undefined_value(string name)
    {
        var property = InitOnlyEnumProperties().Single(p => $"{p.DeclaringType!.FullName}.{p.Name}" == name);
        var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var instance = RuntimeHelpers.GetUninitializedObject(property.DeclaringType!);

        foreach (var undefined in new[] { 0, -1, 999 })
        {
            var set = () => property.SetMethod!.Invoke(instance, [Enum.ToObject(enumType, undefined)]);

            set.Should().Throw<TargetInvocationException>().WithInnerException<System.ComponentModel.InvalidEnumArgumentException>()
                .Which.ParamName.Should().Be(property.Name, $"{name} = {undefined}");
        }

        var defined = Enum.GetValues(enumType).GetValue(0);
        property.SetMethod!.Invoke(instance, [defined]);
        property.GetValue(instance).Should().Be(defined);
        if (Nullable.GetUnderlyingType(property.PropertyType) is not null)
        {
            property.SetMethod!.Invoke(instance, [null]);
            property.GetValue(instance).Should().BeNull();
        }
    }

    private static IEnumerable<PropertyInfo> InitOnlyEnumProperties() =>
        InitOnlyProperties().Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum);

    private static IEnumerable<PropertyInfo> GuardedProperties() =>
        InitOnlyProperties().Where(p => !p.PropertyType.IsValueType && Nullability.Create(p).WriteState == NullabilityState.NotNull);

    private static IEnumerable<PropertyInfo> InitOnlyProperties() =>
        typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));
}
