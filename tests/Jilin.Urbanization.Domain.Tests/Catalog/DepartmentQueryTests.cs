using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tests.Catalog;

public class DepartmentQueryTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Fact]
    public void Measures_led_by_a_department_are_exactly_those_whose_lead_it_is_in_catalog_order()
    {
        var led = Catalog.MeasuresLedBy("省住房城乡建设厅");

        led.Should().Equal(Catalog.Measures.Where(m => m.Responsibility.Lead?.Id == DepartmentId.Parse("housing-urban-rural-development")));
        led.Should().NotBeEmpty();
    }

    [Fact]
    public void Measures_involving_a_department_include_those_it_does_not_lead()
    {
        var involved = Catalog.MeasuresInvolving("housing-urban-rural-development");
        var led = Catalog.MeasuresLedBy("housing-urban-rural-development");

        involved.Should().Equal(Catalog.Measures.Where(m => m.Responsibility.Involves("housing-urban-rural-development")));
        involved.Should().Contain(led);
        involved.Count.Should().BeGreaterThan(led.Count);
        involved.Should().Contain(Catalog.GetMeasure("jilin-2022-county-urbanization/5"), "housing is listed first under 按职责分工负责 there, with no lead");
    }

    [Fact]
    public void A_parsed_department_id_finds_what_the_registry_id_and_its_text_find()
    {
        foreach (var department in Catalog.Departments.All)
        {
            var text = department.Id.ToString();
            var parsed = DepartmentId.Parse(new string(text.AsSpan())); // equal, but not the registry's own string

            Catalog.MeasuresLedBy(parsed).Should().Equal(Catalog.MeasuresLedBy(text)).And.Equal(Catalog.MeasuresLedBy(department.Id));
            Catalog.MeasuresInvolving(parsed).Should().Equal(Catalog.MeasuresInvolving(text)).And.Equal(Catalog.MeasuresInvolving(department.Id));
            Catalog.Query().LedBy(parsed).Should().Equal(Catalog.MeasuresLedBy(text));
            Catalog.Query().Involving(parsed).Should().Equal(Catalog.MeasuresInvolving(text));
        }
    }

    [Fact]
    public void A_well_formed_id_no_department_has_is_refused_by_the_typed_look_ups()
    {
        var unknown = DepartmentId.Parse("no-such-department");

        FluentActions.Invoking(() => Catalog.MeasuresLedBy(unknown)).Should().Throw<DepartmentNotFoundException>();
        FluentActions.Invoking(() => Catalog.MeasuresInvolving(unknown)).Should().Throw<DepartmentNotFoundException>();
        FluentActions.Invoking(() => Catalog.MeasuresLedBy(default(DepartmentId))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Queries_can_be_limited_to_one_document()
    {
        var led2021 = Catalog.MeasuresLedBy("省住房和城乡建设厅", DocumentId.UrbanizationTasks2021);

        led2021.Should().OnlyContain(m => m.DocumentId == DocumentId.UrbanizationTasks2021).And.NotBeEmpty();
        led2021.Select(m => m.Number).Should().Contain([25, 26, 38, 40, 47, 52]);
    }

    [Fact]
    public void Departments_are_ranked_by_measures_led_then_involved()
    {
        var ranking = Catalog.RankDepartments();

        ranking.Should().BeInDescendingOrder(w => w.Led);
        ranking.Should().OnlyContain(w => w.Involved >= w.Led && w.Involved > 0);
        foreach (var w in ranking)
        {
            w.Led.Should().Be(Catalog.Measures.Count(m => m.Responsibility.Lead?.Id == w.Department.Id));
            w.Involved.Should().Be(Catalog.Measures.Count(m => m.Responsibility.Involves(w.Department.Id)));
        }

        ranking.Select(w => w.Department.Id).Should().NotContain(DepartmentId.Parse("county-governments"), "it is an implicit implementer, not listed");
    }

    [Fact]
    public void Partners_are_the_departments_sharing_measures_most_first()
    {
        var partners = Catalog.PartnersOf("省财政厅");

        partners.Should().BeInDescendingOrder(p => p.SharedMeasures);
        partners.Should().NotContain(p => p.Department.Id == DepartmentId.Parse("finance"));
        foreach (var p in partners)
        {
            p.SharedMeasures.Should().Be(Catalog.Measures.Count(m => m.Responsibility.Involves("finance") && m.Responsibility.Involves(p.Department.Id)));
        }
    }

    [Fact]
    public void Unknown_departments_and_documents_are_refused_clearly()
    {
        FluentActions.Invoking(() => Catalog.MeasuresLedBy("no such body")).Should().Throw<DepartmentNotFoundException>();
        FluentActions.Invoking(() => Catalog.MeasuresLedBy(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Catalog.MeasuresLedBy("finance", DocumentId.Parse("no-such-doc"))).Should().Throw<KeyNotFoundException>().WithMessage("*no-such-doc*");
    }
}
