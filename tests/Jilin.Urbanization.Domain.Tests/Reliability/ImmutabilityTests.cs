using System.Collections;
using System.Reflection;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Every collection the public model exposes is immutable: reflecting over every public property of every public
/// type reachable from <see cref="PolicyCatalog"/>, each collection value is neither an array nor a collection that
/// a cast (IList, ICollection&lt;T&gt;, IList&lt;T&gt;) could change; the catalog is unchanged after every attempt.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(PolicyCatalog).Assembly;

    [Fact]
    public void No_collection_reachable_from_the_catalog_can_be_changed_by_a_cast()
    {
        var catalog = PolicyCatalog.LoadEmbedded();
        var before = Documented.Write(catalog);
        var checkedTypes = new HashSet<Type>();

        Visit(catalog, "catalog", new HashSet<object>(ReferenceEqualityComparer.Instance), checkedTypes);

        checkedTypes.Should().NotBeEmpty();
        Documented.Write(catalog).Should().Equal(before, "no attempt changed the catalog");
        catalog.Should().Be(PolicyCatalog.Default);
    }

    [Fact]
    public void Every_collection_type_the_public_model_declares_was_checked_on_a_real_value()
    {
        var declared = ReachableTypes(typeof(PolicyCatalog))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetIndexParameters().Length == 0 && IsCollection(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}")
            .ToHashSet();
        var catalog = PolicyCatalog.Default;
        var seen = new HashSet<string>();
        var checkedTypes = new HashSet<Type>();
        Visit(catalog, "catalog", new HashSet<object>(ReferenceEqualityComparer.Instance), checkedTypes, seen);

        declared.Should().NotBeEmpty();
        declared.Except(seen).Should().BeEmpty("each declared collection property was read and checked on the embedded catalog");
        declared.Should().OnlyContain(d => !d.EndsWith("[]", StringComparison.Ordinal), "no public property is an array");
    }

    [Fact]
    public void Query_results_and_other_public_collections_are_unchangeable_too()
    {
        var catalog = PolicyCatalog.Default;
        var department = catalog.Departments.Get("development-reform-commission");
        var values = new (string Where, object Value)[]
        {
            ("MeasuresLedBy", catalog.MeasuresLedBy(department.Id)),
            ("MeasuresInvolving", catalog.MeasuresInvolving(department.Id)),
            ("MeasuresLedBy(document)", catalog.MeasuresLedBy(department.Id.ToString(), catalog.Documents[0].Id)),
            ("RankDepartments", catalog.RankDepartments()),
            ("PartnersOf", catalog.PartnersOf(department.Id.ToString())),
            ("GroupsIn", catalog.Documents[0].GroupsIn(1)),
            ("MeasuresIn", catalog.Documents[0].MeasuresIn(1)),
            ("NamesOf", DepartmentRegistry.NamesOf(department)),
            ("AsImmutableArray", catalog.Measures.AsImmutableArray()),
            ("SeedManifest.Entries", SeedManifest.Entries),
            ("ValueList.Empty", ValueList<Jilin.Urbanization.Domain.Documents.Measure>.Empty),
            ("EmbeddedDataInfo.Resources", EmbeddedDataInfo.Resources),
            ("DefaultBodyEndMarkers", Jilin.Urbanization.Domain.Parsing.PolicyTextParserOptions.DefaultBodyEndMarkers),
            ("DepartmentNotFoundException.Suggestions", new DepartmentNotFoundException("x", ["a", "b"]).Suggestions),
        };

        foreach (var (where, value) in values)
        {
            AssertUnchangeable(value, where);
        }

        catalog.Should().Be(PolicyCatalog.LoadEmbedded());
    }

    [Fact]
    public void Suggestions_are_a_copy_the_caller_cannot_change_afterwards()
    {
        string[] suggestions = ["省教育厅"];
        var exception = new DepartmentNotFoundException("省教肓厅", suggestions);

        suggestions[0] = "changed";

        exception.Suggestions.Should().Equal("省教育厅");
    }

    private static void Visit(object node, string path, HashSet<object> visited, HashSet<Type> checkedTypes, HashSet<string>? seen = null)
    {
        if (!visited.Add(node))
        {
            return;
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(node);
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            {
                continue;
            }

            var where = $"{path}.{property.Name}";
            if (IsCollection(property.PropertyType) || value is IEnumerable)
            {
                seen?.Add($"{property.DeclaringType!.Name}.{property.Name}: {property.PropertyType.Name}");
                checkedTypes.Add(value.GetType());
                AssertUnchangeable(value, where);
                var i = 0;
                foreach (var item in (IEnumerable)value)
                {
                    if (item is not null && item.GetType().Assembly == Library && !item.GetType().IsEnum)
                    {
                        Visit(item, $"{where}[{i}]", visited, checkedTypes, seen);
                    }

                    i++;
                }
            }
            else if (value.GetType().Assembly == Library)
            {
                Visit(value, where, visited, checkedTypes, seen);
            }
        }
    }

    /// <summary>Fails unless no cast can change <paramref name="value"/>: not an array; any IList/ICollection&lt;T&gt; it is, is read-only and refuses changes.</summary>
    private static void AssertUnchangeable(object value, string where)
    {
        value.Should().NotBeAssignableTo<Array>(where);
        var count = ((IEnumerable)value).Cast<object?>().Count();

        if (value is IList list)
        {
            list.IsReadOnly.Should().BeTrue(where);
            ((Action)(() => list.Clear())).Should().Throw<NotSupportedException>(where);
            if (list.Count > 0)
            {
                ((Action)(() => list[0] = list[0])).Should().Throw<NotSupportedException>(where);
            }
        }

        foreach (var collection in value.GetType().GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
        {
            ((bool)collection.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!).Should().BeTrue(where);
            var clear = () => collection.GetMethod(nameof(ICollection<int>.Clear))!.Invoke(value, null);
            clear.Should().Throw<TargetInvocationException>(where).WithInnerException<NotSupportedException>();
        }

        ((IEnumerable)value).Cast<object?>().Count().Should().Be(count, where);
    }

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>The public library types reachable from <paramref name="root"/> through public properties (and their item types).</summary>
    private static HashSet<Type> ReachableTypes(Type root)
    {
        var found = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            foreach (var candidate in Unwrap(type).Where(t => t.Assembly == Library && t.IsPublic && !t.IsEnum))
            {
                if (!found.Add(candidate))
                {
                    continue;
                }

                foreach (var property in candidate.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                {
                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return Unwrap(type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            return type.GetGenericArguments().SelectMany(Unwrap).Append(type);
        }

        return [type];
    }
}
