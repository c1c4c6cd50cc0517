using System.Text;
using System.Text.Json.Nodes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Tests.Support;
using NJsonSchema;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

public class CatalogSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(Seeds.Directory, "..", "docs", "catalog.schema.json");

    private static string WrittenJson()
    {
        using var stream = new MemoryStream();
        PolicyCatalog.Default.WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task The_written_catalog_validates_against_the_documented_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        var errors = schema.Validate(WrittenJson());

        errors.Select(e => $"{e.Path}: {e.Kind}").Should().BeEmpty();
    }

    [Theory]
    [InlineData("unknown member")]
    [InlineData("unknown mode")]
    [InlineData("missing text")]
    public async Task The_schema_refuses_what_the_format_does_not_allow(string mutation)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var root = JsonNode.Parse(WrittenJson())!;
        var measure = root["documents"]![0]!["measures"]![0]!.AsObject();
        switch (mutation)
        {
            case "unknown member":
                measure["unexpected"] = 1;
                break;
            case "unknown mode":
                measure["responsibility"]!["mode"] = "nobody";
                break;
            default:
                measure.Remove("text");
                break;
        }

        schema.Validate(root.ToJsonString()).Should().NotBeEmpty(mutation);
    }
}
