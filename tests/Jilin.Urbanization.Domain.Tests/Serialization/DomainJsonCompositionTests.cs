using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Serialization;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

/// <summary>A type of the caller's own that holds the library's types, as a web app's response would.</summary>
public sealed record OfficeNote(string[] Tags, MeasureId Measure, ComplianceStatus Status, string Text);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OfficeNote))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class OfficeJsonContext : JsonSerializerContext;

public class DomainJsonCompositionTests
{
    private static readonly OfficeNote Note = new(["督查", "通报"], MeasureId.Parse("jilin-2022-county-urbanization/43"), ComplianceStatus.MetLate, "梅河口市 <已完成> & \"按时\"");

    [Fact]
    public void The_options_write_chinese_as_utf8_text_and_still_escape_what_json_must()
    {
        var json = JsonSerializer.Serialize(PolicyCatalog.Default.Measures[0], DomainJson.CreateOptions());

        json.Should().Contain("省").And.NotContain("\\u");
        JsonSerializer.Serialize("a\"b\\c\u0001", DomainJson.CreateOptions(OfficeJsonContext.Default)).Should().Be("\"a\\\"b\\\\c\\u0001\"");
    }

    [Fact]
    public void The_callers_own_types_serialise_beside_the_librarys_with_CreateOptions()
    {
        var options = DomainJson.CreateOptions(OfficeJsonContext.Default);

        var json = JsonSerializer.Serialize(Note, options);

        json.Should().Be("{\"tags\":[\"督查\",\"通报\"],\"measure\":\"jilin-2022-county-urbanization/43\",\"status\":\"metLate\",\"text\":\"梅河口市 <已完成> & \\\"按时\\\"\"}");
        JsonSerializer.Deserialize<OfficeNote>(json, options).Should().BeEquivalentTo(Note);
        JsonSerializer.Serialize(new[] { "梅河口市" }, options).Should().Be("[\"梅河口市\"]");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ConfigureDomainJson_composes_with_options_as_aspnet_core_configures_them_under_native_aot(bool appContextFirst)
    {
        // ASP.NET Core's JsonOptions under Native AOT: web defaults and an empty resolver chain the app fills
        // (templates insert their context at 0). Either order gives the same result.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = JsonTypeInfoResolver.Combine() };
        if (appContextFirst)
        {
            options.TypeInfoResolverChain.Insert(0, OfficeJsonContext.Default);
            options.ConfigureDomainJson();
        }
        else
        {
            options.ConfigureDomainJson();
            options.TypeInfoResolverChain.Insert(0, OfficeJsonContext.Default);
        }

        var json = JsonSerializer.Serialize(Note, options);

        json.Should().Contain("\"status\":\"metLate\"").And.Contain("督查").And.Contain("\"measure\":\"jilin-2022-county-urbanization/43\"");
        JsonSerializer.Deserialize<OfficeNote>(json, options).Should().BeEquivalentTo(Note);
        JsonSerializer.Serialize(PolicyCatalog.Default.Measures[0], options).Should().Contain(PolicyCatalog.Default.Measures[0].Text[..4]);
    }

    [Fact]
    public void ConfigureDomainJson_keeps_an_encoder_the_caller_chose_for_json_inside_html()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default }.ConfigureDomainJson();
        options.TypeInfoResolverChain.Add(OfficeJsonContext.Default);

        JsonSerializer.Serialize(Note, options).Should().Contain("\\u003C").And.NotContain("督查");
    }

    [Fact]
    public void A_type_no_resolver_knows_is_refused_naming_the_type()
    {
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<int, Uri>(), DomainJson.CreateOptions()))
            .Should().Throw<NotSupportedException>().WithMessage("*Dictionary*");
    }
}
