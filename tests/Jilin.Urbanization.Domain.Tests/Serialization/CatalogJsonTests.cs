using System.Text;
using System.Text.Json.Nodes;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tests.Serialization;

public class CatalogJsonTests
{
    private static byte[] Write(PolicyCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }

    private static PolicyCatalog Read(byte[] json) => PolicyCatalog.ReadJson(new MemoryStream(json));

    private static PolicyCatalog Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reading_what_was_written_gives_an_equal_catalog_and_writing_it_again_gives_the_same_bytes()
    {
        var json = Write(PolicyCatalog.Default);

        var read = Read(json);

        read.Should().Be(PolicyCatalog.Default);
        Write(read).Should().Equal(json);
    }

    [Fact]
    public void The_json_has_the_documented_camelCase_shape()
    {
        var root = JsonNode.Parse(Write(PolicyCatalog.Default))!;

        var document = root["documents"]![1]!;
        document["id"]!.GetValue<string>().Should().Be("jilin-2022-county-urbanization");
        document["year"]!.GetValue<int>().Should().Be(2022);
        document["title"]!.GetValue<string>().Should().Be("吉林省关于推进以县城为重要载体的城镇化建设的若干举措");
        document["chapters"]![0]!["number"]!.GetValue<int>().Should().Be(1);
        document["chapters"]![0]!["title"]!.GetValue<string>().Should().Be("科学把握功能定位,分类引导县城发展方向");
        document["groups"]![0]!["chapter"]!.GetValue<int>().Should().Be(1);
        document["groups"]![0]!["text"]!.GetValue<string>().Should().StartWith("位于长春现代化都市圈内");
        document["groups"]![4]!["text"].Should().BeNull();
        var measure = document["measures"]![29]!;
        measure["id"]!.GetValue<string>().Should().Be("jilin-2022-county-urbanization/30");
        measure["number"]!.GetValue<int>().Should().Be(30);
        measure["chapter"]!.GetValue<int>().Should().Be(3);
        measure["group"]!.GetValue<int>().Should().Be(15);
        measure["text"]!.GetValue<string>().Should().StartWith("完善市政设施建设");
        measure["responsibility"]!["text"]!.GetValue<string>().Should().EndWith("国网吉林省电力公司按职责分工负责");
        measure["responsibility"]!["mode"]!.GetValue<string>().Should().Be("byDivisionOfDuties");
        measure["responsibility"]!["lead"].Should().BeNull();
        measure["responsibility"]!["openEnded"]!.GetValue<bool>().Should().BeFalse();
        measure["responsibility"]!["departments"]!.AsArray().Select(n => n!.GetValue<string>()).Should().HaveCount(8)
            .And.StartWith("housing-urban-rural-development");
        var department = root["departments"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "housing-urban-rural-development")!;
        department["name"]!.GetValue<string>().Should().Be("省住房和城乡建设厅");
        department["fullName"]!.GetValue<string>().Should().Be("吉林省住房和城乡建设厅");
        department["kind"]!.GetValue<string>().Should().Be("provincialDepartment");
        department["aliases"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("省住房城乡建设厅");
        department["englishName"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Chinese_text_is_written_readable_not_escaped()
    {
        Encoding.UTF8.GetString(Write(PolicyCatalog.Default)).Should().Contain("省住房和城乡建设厅").And.NotContain("\\u");
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{", "$")]
    [InlineData("null", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"formatVersion\":99,\"departments\":[],\"documents\":[]}", "$.formatVersion")]
    [InlineData("{\"formatVersion\":\"1\",\"departments\":[],\"documents\":[]}", "$.formatVersion")]
    [InlineData("{\"formatVersion\":1,\"departments\":[]}", "$")]
    [InlineData("{\"formatVersion\":1,\"departments\":[],\"documents\":[],\"extra\":1}", "$")]
    public void Malformed_json_is_refused_with_its_location(string json, string locationStart)
    {
        var read = () => Read(json);

        read.Should().Throw<PolicyDataException>().Which.Location.Should().StartWith(locationStart);
    }

    [Fact]
    public void A_dangling_department_reference_is_refused_with_its_json_path()
    {
        var root = JsonNode.Parse(Write(PolicyCatalog.Default))!;
        root["documents"]![0]!["measures"]![2]!["responsibility"]!["mentions"]![0]!["department"] = "no-such-department";
        root["documents"]![0]!["measures"]![2]!["responsibility"]!["departments"]![0] = "no-such-department";

        var read = () => Read(root.ToJsonString());

        read.Should().Throw<PolicyDataException>().WithMessage("*no-such-department*")
            .Which.Location.Should().Be("$.documents[0].measures[2].responsibility.mentions[0].department");
    }

    [Fact]
    public void A_duplicated_department_id_is_refused()
    {
        var root = JsonNode.Parse(Write(PolicyCatalog.Default))!;
        var departments = root["departments"]!.AsArray();
        departments[1]!["id"] = departments[0]!["id"]!.GetValue<string>();

        var read = () => Read(root.ToJsonString());

        read.Should().Throw<PolicyDataException>().WithMessage("*share the id*");
    }

    [Fact]
    public void Measures_out_of_order_are_refused()
    {
        var root = JsonNode.Parse(Write(PolicyCatalog.Default))!;
        root["documents"]![0]!["measures"]![4]!["number"] = 40;

        var read = () => Read(root.ToJsonString());

        read.Should().Throw<PolicyDataException>().Which.Location.Should().Be("$.documents[0].measures[4].number");
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        var json = Write(PolicyCatalog.Default);

        var read = () => Read(json[..(json.Length / 2)]);

        read.Should().Throw<PolicyDataException>();
    }
}

public class CatalogJsonTargetTests
{
    [Fact]
    public void Targets_and_conditions_are_written_with_the_documented_fields()
    {
        using var stream = new MemoryStream();
        PolicyCatalog.Default.WriteJson(stream);
        var root = JsonNode.Parse(stream.ToArray())!;
        var measure = root["documents"]![1]!["measures"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "jilin-2022-county-urbanization/68")!;

        var target = measure["targets"]![0]!;
        target["id"]!.GetValue<string>().Should().Be("jilin-2022-county-urbanization/68/t1");
        target["quote"]!.GetValue<string>().Should().Contain("80%");
        target["comparator"]!.GetValue<string>().Should().Be("reaches");
        target["value"]!.GetValue<decimal>().Should().Be(80m);
        target["maxValue"].Should().BeNull();
        target["unit"]!.GetValue<string>().Should().Be("%");
        target["deadline"]!.GetValue<string>().Should().Be("2025-12-31");
        target["commitment"]!.GetValue<string>().Should().Be("firm");
        var conditions = root["documents"]![1]!["measures"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "jilin-2022-county-urbanization/62")!["conditions"]!.AsArray();
        conditions.Should().NotBeEmpty();
        conditions[0]!["comparator"]!.GetValue<string>().Should().Be("moreThan");
        conditions[0]!["value"]!.GetValue<decimal>().Should().Be(300m);
    }

    [Fact]
    public void A_range_target_without_its_upper_bound_is_refused()
    {
        using var stream = new MemoryStream();
        PolicyCatalog.Default.WriteJson(stream);
        var root = JsonNode.Parse(stream.ToArray())!;
        var measures = root["documents"]![0]!["measures"]!.AsArray();
        var index = measures.ToList().FindIndex(m => m!["targets"]!.AsArray().Any(t => t!["comparator"]!.GetValue<string>() == "range"));
        var targets = measures[index]!["targets"]!.AsArray();
        var t = targets.ToList().FindIndex(t => t!["comparator"]!.GetValue<string>() == "range");
        targets[t]!["maxValue"] = null;

        var read = () => PolicyCatalog.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString())));

        read.Should().Throw<PolicyDataException>().Which.Location.Should().Be($"$.documents[0].measures[{index}].targets[{t}].maxValue");
    }
}
