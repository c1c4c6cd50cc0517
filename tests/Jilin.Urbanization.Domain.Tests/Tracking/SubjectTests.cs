using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Tracking;
using static Jilin.Urbanization.Domain.Tests.Tracking.TrackingFixture;

namespace Jilin.Urbanization.Domain.Tests.Tracking;

public class SubjectTests
{
    private static readonly SubjectDirectory Directory = new(DivisionRegistry.Default, Policies.Departments);

    [Theory]
    [InlineData("220000", SubjectKind.Province)]
    [InlineData("220500", SubjectKind.Prefecture)]
    [InlineData("220581", SubjectKind.County)]
    [InlineData("department:housing-urban-rural-development", SubjectKind.Department)]
    public void The_canonical_text_round_trips_and_gives_the_kind(string text, SubjectKind kind)
    {
        var subject = Subject.Parse(text);

        subject.Kind.Should().Be(kind);
        subject.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("230184")]
    [InlineData("department:")]
    [InlineData("department:Housing")]
    [InlineData("department:housing--x")]
    [InlineData("department:housing-urban-rural-development ")]
    [InlineData("梅河口")]
    public void Anything_else_is_not_a_canonical_subject(string text)
    {
        Subject.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => Subject.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void A_county_cannot_stand_in_for_a_department() =>
        Subject.OfDivision(DivisionCode.Parse("220581")).Should().NotBe(Subject.OfDepartment(Jilin.Urbanization.Domain.Departments.DepartmentId.Parse("housing-urban-rural-development")));

    [Theory]
    [InlineData("全省", "220000")]
    [InlineData("吉林省", "220000")]
    [InlineData("province", "220000")]
    [InlineData("梅河口", "220581")]
    [InlineData("梅河口市人民政府", "220581")]
    [InlineData("梅河口市政府", "220581")]
    [InlineData("220581", "220581")]
    [InlineData("前郭县", "220721")]
    [InlineData("通化市", "220500")]
    [InlineData("省住房和城乡建设厅", "department:housing-urban-rural-development")]
    [InlineData("住建厅", "department:housing-urban-rural-development")]
    [InlineData("Meihekou", "220581")]
    [InlineData("吉林省住房和城乡建设厅", "department:housing-urban-rural-development")]
    [InlineData("department:housing-urban-rural-development", "department:housing-urban-rural-development")]
    [InlineData("通化市梅河口市", "220581")]
    [InlineData("吉林省梅河口市", "220581")]
    [InlineData("通化市梅河口市人民政府", "220581")]
    [InlineData("吉林市桦甸市", "220282")]
    public void What_people_write_resolves_to_one_subject(string text, string canonical) =>
        Directory.Resolve(text).ToString().Should().Be(canonical);

    [Fact]
    public void An_unknown_subject_throws_with_suggestions_and_Try_answers_false()
    {
        var error = FluentActions.Invoking(() => Directory.Resolve("梅河口县")).Should().Throw<SubjectNotFoundException>().Which;

        error.Suggestions.Should().Contain("梅河口市");
        Directory.TryResolve("梅河口县", out _).Should().BeFalse();
        Directory.TryResolve("department:nosuch", out _).Should().BeFalse();
        Directory.TryResolve(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("长春市梅河口市")]   // Meihekou is not in Changchun
    [InlineData("通化市吉林省")]
    [InlineData("通化市住建厅")]
    public void A_division_after_a_name_it_does_not_belong_to_is_not_resolved(string text) =>
        Directory.TryResolve(text, out _).Should().BeFalse();

    [Fact]
    public void A_subject_is_named_back_in_Chinese()
    {
        Directory.NameOf(Subject.Province).Should().Be("吉林省");
        Directory.NameOf(Meihekou).Should().Be("梅河口市");
        Directory.NameOf(Housing).Should().Be("省住房和城乡建设厅");
    }
}

public class SubjectNameRuleTests
{
    [Fact]
    public void An_unknown_subject_division_or_department_is_the_same_not_found_family()
    {
        var directory = new SubjectDirectory(Jilin.Urbanization.Domain.Divisions.DivisionRegistry.Default, Jilin.Urbanization.Domain.Catalog.PolicyCatalog.Default.Departments);

        FluentActions.Invoking(() => directory.Resolve("不存在的县")).Should().Throw<NameNotFoundException>();
        FluentActions.Invoking(() => Jilin.Urbanization.Domain.Divisions.DivisionRegistry.Default.Resolve("不存在的县")).Should().Throw<NameNotFoundException>();
        FluentActions.Invoking(() => Jilin.Urbanization.Domain.Catalog.PolicyCatalog.Default.FindDepartment("不存在的厅")).Should().Throw<NameNotFoundException>();
    }

    [Fact]
    public void A_subject_stays_three_words_so_a_million_entries_stay_small()
    {
        // Every tracking entry holds a subject: a nullable id (which now carries its hash) would add 8 bytes to each.
        System.Runtime.CompilerServices.Unsafe.SizeOf<Subject>().Should().BeLessThanOrEqualTo(24);
    }

    [Fact]
    public void A_department_subject_gives_its_id_and_a_division_subject_gives_none()
    {
        var department = Subject.OfDepartment(DepartmentId.Parse("ndrc"));

        department.DepartmentId.Should().Be(DepartmentId.Parse("ndrc"));
        department.Division.Should().BeNull();
        Subject.Province.DepartmentId.Should().BeNull();
        Subject.Province.Should().NotBe(department);
        Subject.Province.CompareTo(department).Should().BeLessThan(0);
        Subject.Parse("department:ndrc").Should().Be(department);
        Subject.Parse("department:ndrc").GetHashCode().Should().Be(department.GetHashCode());
    }
}
