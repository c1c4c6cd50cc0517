using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Departments;

public class ResponsibilityTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void Every_one_of_the_146_measures_has_its_mode_lead_and_departments_in_written_order()
    {
        ExpectedResponsibilities.Rows.Should().HaveCount(146);
        foreach (var row in ExpectedResponsibilities.Rows)
        {
            var parts = row.Split('|');
            var r = Catalog.GetMeasure(parts[0]).Responsibility;

            Data.EnumNames.ToJson(r.Mode).Should().Be(parts[1], parts[0]);
            (r.Lead?.Id.ToString() ?? "-").Should().Be(parts[2], parts[0]);
            r.Departments.Select(x => x.Department.Id.ToString()).Should().Equal(parts[3].Split(','), parts[0]);
            r.OpenEnded.Should().Be(parts[4] == "open", parts[0]);
        }
    }

    [Fact]
    public void One_department_with_负责_is_solely_responsible_and_leads()
    {
        var r = Catalog.GetMeasure("jilin-2022-county-urbanization/68").Responsibility;

        r.Mode.Should().Be(ResponsibilityMode.Sole);
        r.Rule.Should().Be(LeadRule.SoleResponsibility);
        r.Lead!.Name.Should().Be("省通信管理局");
        r.Explanation.Should().Contain("省通信管理局").And.Contain("solely");
    }

    [Fact]
    public void Several_departments_with_负责_are_led_by_the_first_listed_by_the_rule_stated_in_2022_item_1()
    {
        var r = Catalog.GetMeasure("jilin-2022-county-urbanization/2").Responsibility;
        var seed = Seeds.TextOf(DocumentIds.CountyUrbanization2022);

        r.Mode.Should().Be(ResponsibilityMode.LeadFirst);
        r.Rule.Should().Be(LeadRule.FirstListedLeads);
        r.Lead!.Id.Should().Be(DepartmentId.Parse("agriculture-rural-affairs"));
        r.RuleSource!.Value.Slice(seed).Should().Be("除按职责分工负责外,列第一位为牵头部门");
        r.RuleSource.Value.Line.Should().Be(Catalog.GetMeasure("jilin-2022-county-urbanization/1").Span.Line);
    }

    [Fact]
    public void The_2021_document_states_no_lead_rule_so_the_convention_is_applied_without_a_rule_source()
    {
        var r = Catalog.GetMeasure("jilin-2021-urbanization-tasks/28").Responsibility;

        r.Text.Should().Be("省住房城乡建设厅、省政数局负责");
        r.Mode.Should().Be(ResponsibilityMode.LeadFirst);
        r.Lead!.Id.Should().Be(DepartmentId.Parse("housing-urban-rural-development"));
        r.RuleSource.Should().BeNull();
        r.Explanation.Should().Contain("states no rule");
    }

    [Fact]
    public void 按职责分工负责_means_division_of_duties_with_no_single_lead()
    {
        var r = Catalog.GetMeasure("jilin-2022-county-urbanization/5").Responsibility;

        r.Mode.Should().Be(ResponsibilityMode.ByDivisionOfDuties);
        r.Rule.Should().Be(LeadRule.NoLeadByDivisionOfDuties);
        r.Lead.Should().BeNull();
        r.Departments.Should().HaveCount(5);
    }

    [Fact]
    public void 分别负责_means_respectively_responsible_with_no_single_lead()
    {
        var r = Catalog.GetMeasure("jilin-2021-urbanization-tasks/3").Responsibility;

        r.Mode.Should().Be(ResponsibilityMode.Respectively);
        r.Rule.Should().Be(LeadRule.NoLeadRespectively);
        r.Lead.Should().BeNull();
        r.Departments.Select(x => x.Name).Should().Equal("省教育厅", "省委编办");
    }

    [Fact]
    public void A_list_ending_in_等_is_open_ended_and_the_lead_rule_still_applies()
    {
        var leadFirst = Catalog.GetMeasure("jilin-2022-county-urbanization/48").Responsibility;
        var sole = Catalog.GetMeasure("jilin-2021-urbanization-tasks/13").Responsibility;
        var respectively = Catalog.GetMeasure("jilin-2021-urbanization-tasks/15").Responsibility;

        leadFirst.OpenEnded.Should().BeTrue();
        leadFirst.Lead!.Id.Should().Be(DepartmentId.Parse("disabled-persons-federation"));
        sole.OpenEnded.Should().BeTrue();
        sole.Mode.Should().Be(ResponsibilityMode.Sole);
        sole.Lead!.Id.Should().Be(DepartmentId.Parse("development-reform-commission"));
        respectively.OpenEnded.Should().BeTrue();
        respectively.Lead.Should().BeNull();
    }

    [Fact]
    public void Item_1s_parenthetical_is_division_of_duties_and_its_rule_sentence_names_no_department()
    {
        var r = Catalog.GetMeasure("jilin-2022-county-urbanization/1").Responsibility;

        r.Text.Should().Be("省发展改革委、省工信厅、省能源局按职责分工负责,除按职责分工负责外,列第一位为牵头部门");
        r.Mode.Should().Be(ResponsibilityMode.ByDivisionOfDuties);
        r.Departments.Select(x => x.Department.Id).Should().Equal(DepartmentId.Parse("development-reform-commission"), DepartmentId.Parse("industry-information-technology"), DepartmentId.Parse("energy-bureau"));
    }

    [Fact]
    public void The_misplaced_省_of_2021_item_44_reads_as_two_departments_and_the_verbatim_text_is_kept()
    {
        var r = Catalog.GetMeasure("jilin-2021-urbanization-tasks/44").Responsibility;

        r.Text.Should().Be("省文旅厅省、自然资源厅分别负责");
        r.Departments.Select(x => x.Department.Id).Should().Equal(DepartmentId.Parse("culture-tourism"), DepartmentId.Parse("natural-resources"));
        r.Departments[0].Span.Should().NotBeNull("省文旅厅 stands in the seed as written");
        r.Departments[1].Name.Should().Be("省自然资源厅");
        r.Departments[1].Span.Should().BeNull("the name read differs from the seed's characters");
    }

    [Fact]
    public void Missing_closing_parentheses_still_give_the_whole_responsibility()
    {
        var item30 = Catalog.GetMeasure("jilin-2022-county-urbanization/30").Responsibility;
        var item70 = Catalog.GetMeasure("jilin-2022-county-urbanization/70").Responsibility;

        item30.Departments.Should().HaveCount(8);
        item30.Departments[^1].Department.Id.Should().Be(DepartmentId.Parse("state-grid-jilin"));
        item70.Text.Should().Be("省交通运输厅、省财政厅等按职责分工负责");
        item70.OpenEnded.Should().BeTrue();
    }

    [Fact]
    public void Every_mention_span_holds_the_name_as_written()
    {
        foreach (var document in Catalog.Documents)
        {
            var seed = Seeds.TextOf(document.Id.ToString());
            foreach (var mention in document.Measures.SelectMany(m => m.Responsibility.Departments).Where(x => x.Span is not null))
            {
                mention.Span!.Value.Slice(seed).Should().Be(mention.Name);
            }
        }
    }

    [Fact]
    public void The_2022_document_makes_each_county_government_an_implicit_implementer_distinct_from_listed_departments()
    {
        var d = Catalog.GetDocument(DocumentIds.CountyUrbanization2022);

        d.ImplicitImplementer!.Department.Id.Should().Be(DepartmentId.Parse("county-governments"));
        d.ImplicitImplementer.Note.Should().Be("[以下任务均需各县(市)政府落实,不再列出]");
        d.ImplicitImplementer.Span.Slice(Seeds.TextOf(d.Id.ToString())).Should().Be(d.ImplicitImplementer.Note);
        d.Measures.Should().OnlyContain(m => !m.Responsibility.Involves("county-governments"));
        Catalog.GetDocument(DocumentIds.UrbanizationTasks2021).ImplicitImplementer!.Department.Id.ToString().Should().Be("city-county-governments");
    }
}
