using System.Text;
using Jilin.Urbanization.Domain.Tests.Support;
using Jilin.Urbanization.Domain.Tracking;
using NJsonSchema;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

public class TrackingSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(Seeds.Directory, "..", "docs", "tracking.schema.json");

    private const string Valid = """
        {"version": 1,
         "observations": [
           {"target": "jilin-2022-county-urbanization/43/t1", "subject": "梅河口", "value": 1, "unit": "所", "observedOn": "2022-12-20", "source": "民政局", "note": null},
           {"indicator": "jilin-2022-county-urbanization/68/t1", "value": 78, "unit": "％", "observedOn": "2025-09-30"}],
         "statusUpdates": [
           {"measure": "jilin-2022-county-urbanization/26", "reporter": "省住房和城乡建设厅", "status": "推进中", "reportedOn": "2025-09-30", "narrative": "新建水厂"}]}
        """;

    [Fact]
    public async Task A_file_the_reader_accepts_validates_against_the_documented_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        schema.Validate(Valid).Should().BeEmpty();
        TrackingLogReader.ReadJson(Policies, new MemoryStream(Encoding.UTF8.GetBytes(Valid))).Observations.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("""{"version": 1, "statusUpdates": [{"reporter": "省住房和城乡建设厅", "status": "completed", "reportedOn": "2025-09-30"}]}""")]
    [InlineData("""{"version": 1, "statusUpdates": [{"measure": "jilin-2022-county-urbanization/26", "reporter": "省住房和城乡建设厅", "status": "done", "reportedOn": "2025-09-30"}]}""")]
    [InlineData("""{"version": 1, "observations": [{"target": "jilin-2022-county-urbanization/68/t1", "value": -1, "unit": "%", "observedOn": "2025-09-30"}]}""")]
    [InlineData("""{"version": 3}""")]
    public async Task A_file_the_schema_refuses_the_reader_refuses_too(string json)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        schema.Validate(json).Should().NotBeEmpty();
        TrackingLogReader.TryReadJson(Policies, new MemoryStream(Encoding.UTF8.GetBytes(json)), out _, out _).Should().BeFalse();
    }
}
