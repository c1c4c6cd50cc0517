using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Departments;

public class DepartmentRegistryTests
{
    private static readonly DepartmentRegistry Registry = PolicyCatalog.Default.Departments;

    [Theory]
    [InlineData("省住房城乡建设厅", "省住房和城乡建设厅")]
    [InlineData("省人力资源社会保障厅", "省人力资源和社会保障厅")]
    [InlineData("省文旅厅", "省文化和旅游厅")]
    [InlineData("国家发改委", "国家发展改革委")]
    public void The_two_documents_spellings_of_one_body_resolve_to_one_department(string alias, string canonical)
    {
        Registry.Resolve(alias).Should().BeSameAs(Registry.Resolve(canonical));
        Registry.Resolve(alias).Name.Should().Be(canonical);
    }

    [Theory]
    [InlineData("吉林省住房和城乡建设厅")]
    [InlineData("吉林省住房城乡建设厅")]
    [InlineData("  省住房和城乡建设厅\u3000")]
    [InlineData("省住房 城乡建设厅")]
    [InlineData("住房和城乡建设厅")]
    public void Names_resolve_with_or_without_吉林省_and_whitespace(string name)
    {
        Registry.Resolve(name).Id.Should().Be(DepartmentId.Parse("housing-urban-rural-development"));
    }

    [Fact]
    public void Full_width_and_half_width_parentheses_are_the_same()
    {
        Registry.Resolve("各县（市）政府").Should().BeSameAs(Registry.Resolve("各县(市)政府"));
    }

    [Fact]
    public void Every_name_and_alias_of_every_department_resolves_to_it()
    {
        foreach (var department in Registry.All)
        {
            foreach (var name in DepartmentRegistry.NamesOf(department))
            {
                Registry.Resolve(name).Should().BeSameAs(department, name);
            }

            Registry.Get(department.Id).Should().BeSameAs(department);
        }
    }

    [Fact]
    public void Every_department_name_written_in_any_measure_resolves()
    {
        foreach (var mention in PolicyCatalog.Default.Measures.SelectMany(m => m.Responsibility.Departments))
        {
            Registry.TryResolve(mention.Name, out var department).Should().BeTrue(mention.Name);
            department.Should().BeSameAs(mention.Department);
        }
    }

    [Fact]
    public void Every_alias_is_written_somewhere_in_the_sources()
    {
        var texts = string.Concat(PolicyCatalog.Default.Documents.Select(d => Seeds.TextOf(d.Id.ToString())));
        var normalizedTexts = texts.Replace('（', '(').Replace('）', ')');

        foreach (var alias in Registry.All.SelectMany(d => d.Aliases))
        {
            normalizedTexts.Should().Contain(alias.Replace('（', '(').Replace('）', ')'));
        }
    }

    [Fact]
    public void Ids_are_unique_lower_case_ascii_slugs()
    {
        Registry.All.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        Registry.All.Should().OnlyContain(d => Jilin.Urbanization.Domain.Documents.DocumentIds.IsValid(d.Id.ToString()));
        Registry.All.Should().OnlyContain(d => d.EnglishName.Length > 0 && d.FullName.Length > 0 && Enum.IsDefined(d.Kind));
    }

    [Fact]
    public void The_registry_covers_the_kinds_of_body_the_documents_name()
    {
        Registry.Resolve("省委编办").Kind.Should().Be(DepartmentKind.PartyOrgan);
        Registry.Resolve("省总工会").Kind.Should().Be(DepartmentKind.MassOrganization);
        Registry.Resolve("省残联").Kind.Should().Be(DepartmentKind.MassOrganization);
        Registry.Resolve("人民银行长春中心支行").Kind.Should().Be(DepartmentKind.CentralInstitutionBranch);
        Registry.Resolve("吉林银保监局").Kind.Should().Be(DepartmentKind.CentralInstitutionBranch);
        Registry.Resolve("国开行吉林省分行").Kind.Should().Be(DepartmentKind.CentralInstitutionBranch);
        Registry.Resolve("国网吉林省电力公司").Kind.Should().Be(DepartmentKind.Enterprise);
        Registry.Resolve("各县(市)政府").Kind.Should().Be(DepartmentKind.LocalGovernment);
        Registry.Resolve("省发展改革委").Kind.Should().Be(DepartmentKind.ProvincialCommission);
    }

    [Fact]
    public void An_unknown_name_fails_naming_the_input_and_the_nearest_known_names()
    {
        var resolve = () => Registry.Resolve("省住房建设厅");

        var error = resolve.Should().Throw<DepartmentNotFoundException>().Which;
        error.Input.Should().Be("省住房建设厅");
        error.Suggestions.Should().HaveCountGreaterThan(0).And.Contain("省住房城乡建设厅");
        error.Message.Should().Contain("省住房建设厅").And.Contain("省住房城乡建设厅");
        Registry.TryResolve("省住房建设厅", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_names_are_refused_as_arguments_and_false_for_TryResolve(string? name)
    {
        Registry.TryResolve(name, out _).Should().BeFalse();
        var resolve = () => Registry.Resolve(name!);
        resolve.Should().Throw<ArgumentException>().WithParameterName(nameof(name));
    }

    [Fact]
    public void DepartmentKind_values_are_pinned()
    {
        ((int)DepartmentKind.ProvincialDepartment).Should().Be(1);
        ((int)DepartmentKind.NationalAuthority).Should().Be(12);
        ((int)ResponsibilityMode.Sole).Should().Be(1);
        ((int)ResponsibilityMode.Respectively).Should().Be(4);
        ((int)LeadRule.NoLeadRespectively).Should().Be(4);
    }
}
