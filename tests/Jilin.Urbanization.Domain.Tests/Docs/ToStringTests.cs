using System.Reflection;
using System.Runtime.CompilerServices;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tests.Docs;

/// <summary>Values print well in a notebook cell or a script: every public type writes its own concise ToString.</summary>
public class ToStringTests
{
    [Fact]
    public void Every_public_type_declares_a_hand_written_ToString()
    {
        var missing = typeof(PolicyCatalog).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t))
            .Where(t =>
            {
                // A type may inherit a hand-written ToString from a base of the library (the export tables do).
                var method = t.GetMethod(nameof(ToString), Type.EmptyTypes)!;
                return method.DeclaringType!.Assembly != t.Assembly || method.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;
            })
            .Select(t => t.FullName);

        missing.Should().BeEmpty();
    }

    [Fact]
    public void A_measure_prints_its_id_a_short_text_and_its_lead()
    {
        var text = PolicyCatalog.Default.GetMeasure("jilin-2022-county-urbanization/68").ToString();

        text.Should().StartWith("jilin-2022-county-urbanization/68 实施乡村新型基础设施建设行动").And.Contain("省通信管理局");
        text.Length.Should().BeLessThan(100);
    }
}
