using System.Reflection;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Every public constructor of the library refuses null for each parameter its nullable annotations say must not
/// be null, with an <see cref="ArgumentNullException"/> naming that parameter: data types cannot be built half-empty.
/// Each enum parameter refuses a value its enum does not define (0, -1, 999) with an InvalidEnumArgumentException naming it.
/// </summary>
public class ConstructorGuardTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly NullabilityInfoContext Nullability = new();

    // A valid value for every reference type a public constructor takes.
    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(string)] = "x",
        [typeof(Jilin.Urbanization.Domain.Departments.Department)] = Catalog.Departments.All[0],
        [typeof(Jilin.Urbanization.Domain.Departments.DepartmentRegistry)] = Catalog.Departments,
        [typeof(Jilin.Urbanization.Domain.Documents.Measure)] = Catalog.Measures[0],
        [typeof(Jilin.Urbanization.Domain.Places.Place)] = Catalog.Places.All[0],
        [typeof(Unit)] = Unit.Percent,
        [typeof(Quantity)] = new Quantity(1m, Unit.Percent),
        [typeof(UnofficialTranslation)] = new UnofficialTranslation("中", "en"),
        [typeof(Jilin.Urbanization.Domain.Compliance.Observation)] = new Jilin.Urbanization.Domain.Compliance.Observation(1m, Unit.Percent, new NodaTime.LocalDate(2025, 1, 1)),
    };

    public static TheoryData<string> Constructors() => new(PublicConstructors().Select(Signature));

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Each_non_nullable_parameter_refuses_null_naming_itself(string signature)
    {
        var ctor = PublicConstructors().Single(c => Signature(c) == signature);
        var parameters = ctor.GetParameters();
        var guarded = parameters.Where(p => !p.ParameterType.IsValueType && Nullability.Create(p).WriteState == NullabilityState.NotNull).ToList();
        guarded.Should().NotBeEmpty();

        foreach (var target in guarded)
        {
            var args = parameters.Select(p => p == target ? null : SampleFor(p)).ToArray();

            var act = () => ctor.Invoke(args);

            act.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>()
                .Which.ParamName.Should().Be(target.Name, signature);
        }
    }

    public static TheoryData<string> ConstructorsWithEnums() => new(ConstructorsTakingEnums().Select(Signature));

    [Fact]
    public void The_model_has_constructors_taking_enums_to_check() => ConstructorsTakingEnums().Should().HaveCountGreaterThanOrEqualTo(10);

    [Theory]
    [MemberData(nameof(ConstructorsWithEnums))]
    public void Each_enum_parameter_refuses_an_undefined_value_naming_itself(string signature)
    {
        var ctor = ConstructorsTakingEnums().Single(c => Signature(c) == signature);
        var parameters = ctor.GetParameters();
        ctor.Invoke(parameters.Select(SampleFor).ToArray()).Should().NotBeNull("the samples are valid");

        foreach (var target in parameters.Where(p => IsEnum(p.ParameterType)))
        {
            foreach (var undefined in new[] { 0, -1, 999 })
            {
                var enumType = Nullable.GetUnderlyingType(target.ParameterType) ?? target.ParameterType;
                var args = parameters.Select(p => p == target ? Enum.ToObject(enumType, undefined) : SampleFor(p)).ToArray();

                var act = () => ctor.Invoke(args);

                act.Should().Throw<TargetInvocationException>().WithInnerException<System.ComponentModel.InvalidEnumArgumentException>()
                    .Which.ParamName.Should().Be(target.Name, $"{signature} with {target.Name} = {undefined}");
            }
        }
    }

    private static string Signature(ConstructorInfo c) =>
        $"{c.DeclaringType!.FullName}({string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name))})";

    private static bool IsEnum(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;

    private static IEnumerable<ConstructorInfo> ConstructorsTakingEnums() =>
        typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors())
            .Where(c => c.GetParameters().Any(p => IsEnum(p.ParameterType))
                && c.GetParameters().All(p => p.ParameterType.IsValueType || CanSample(p.ParameterType)));

    private static IEnumerable<ConstructorInfo> PublicConstructors() =>
        typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors())
            .Where(c => c.GetParameters().Length > 0
                && !c.GetParameters().Any(p => p.ParameterType == c.DeclaringType) // record copy constructors are protected anyway
                && c.GetParameters().Any(p => !p.ParameterType.IsValueType && Nullability.Create(p).WriteState == NullabilityState.NotNull)
                && c.GetParameters().All(p => p.ParameterType.IsValueType || CanSample(p.ParameterType)));

    private static bool CanSample(Type type) =>
        Samples.ContainsKey(type) || IsValueList(type) || IsEnumerableOfSampled(type);

    private static bool IsValueList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>);

    private static bool IsEnumerableOfSampled(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));

    private static object? SampleFor(ParameterInfo p)
    {
        var type = p.ParameterType;
        if (type.IsValueType)
        {
            return type == typeof(NodaTime.LocalDate) ? new NodaTime.LocalDate(2025, 1, 1)
                : type == typeof(Jilin.Urbanization.Domain.Tracking.Subject) ? Jilin.Urbanization.Domain.Tracking.Subject.Province
                : type.IsEnum ? Enum.GetValues(type).GetValue(0)
                : type == typeof(decimal) ? 1m
                : type == typeof(int) ? 1
                : type.Name.EndsWith("Id", StringComparison.Ordinal) && type.GetMethod("Parse", [typeof(string)]) is { IsStatic: true } parse
                    ? parse.Invoke(null, [type.Name == "ErratumId" ? "d/erratum/1" : type.Name is "TargetId" ? "d/1/t1" : type.Name is "ConditionId" ? "d/1/c1" : type.Name is "MeasureId" ? "d/1" : "d"])
                : Nullable.GetUnderlyingType(type) is not null ? null
                : Activator.CreateInstance(type);
        }

        if (Samples.TryGetValue(type, out var sample))
        {
            return sample;
        }

        var element = type.GetGenericArguments()[0];
        return IsValueList(type)
            ? type.GetProperty("Empty", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)
            : Array.CreateInstance(element, 0);
    }
}
