using System.Diagnostics;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Tests.Names;

/// <summary>
/// One rule for names: every argument that names a department or a place accepts the id, names, aliases, curated
/// abbreviations, English names, with or without 吉林省/省 and 市/县, and an unknown name throws the one
/// <see cref="NameNotFoundException"/> family with near names, at a bounded cost.
/// </summary>
public class NameRuleTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    [Theory]
    [InlineData("住建厅", "housing-urban-rural-development")]
    [InlineData("省住建厅", "housing-urban-rural-development")]
    [InlineData("吉林省住建厅", "housing-urban-rural-development")]
    [InlineData("发改委", "development-reform-commission")]
    [InlineData("省发改委", "development-reform-commission")]
    [InlineData("人社厅", "human-resources-social-security")]
    [InlineData("民政厅", "civil-affairs")]
    [InlineData("省民政厅", "civil-affairs")]
    [InlineData("教育厅", "education")]
    [InlineData("省文旅厅", "culture-tourism")]
    [InlineData("ndrc", "ndrc")]
    [InlineData("Jilin Provincial Department of Civil Affairs", "civil-affairs")]
    [InlineData("jilin provincial department of civil affairs", "civil-affairs")]
    [InlineData("ｎｄｒｃ", "ndrc")]
    public void Department_names_ids_abbreviations_and_English_names_resolve(string name, string id)
    {
        Catalog.Departments.Resolve(name).Id.Should().Be(DepartmentId.Parse(id));
        Catalog.FindDepartment(name).Id.Should().Be(DepartmentId.Parse(id));
    }

    [Theory]
    [InlineData("梅河口", "meihekou")]
    [InlineData("梅河口市", "meihekou")]
    [InlineData("吉林省梅河口市", "meihekou")]
    [InlineData("meihekou", "meihekou")]
    [InlineData("Meihekou", "meihekou")]
    [InlineData("长春", "changchun")]
    [InlineData("Changchun", "changchun")]
    public void Place_names_with_or_without_their_suffix_ids_and_English_names_resolve(string name, string id) =>
        Catalog.FindPlace(name).Id.Should().Be(PlaceId.Parse(id));

    [Fact]
    public void Every_department_argument_follows_the_same_rule()
    {
        var civil = DepartmentId.Parse("civil-affairs");
        var measure = Catalog.MeasuresInvolving(civil)[0];

        measure.Responsibility.Involves("省民政厅").Should().BeTrue();
        measure.Responsibility.Involves("民政厅").Should().BeTrue();
        measure.Responsibility.Involves(civil).Should().BeTrue();
        Catalog.TargetsLedBy("省民政厅").Should().Equal(Catalog.TargetsLedBy(civil));
        Catalog.TargetsInvolving("住建厅").Should().Equal(Catalog.TargetsInvolving(DepartmentId.Parse("housing-urban-rural-development")));
        Catalog.MeasuresLedBy("住建厅").Should().Equal(Catalog.MeasuresLedBy(DepartmentId.Parse("housing-urban-rural-development")));
        Catalog.Query().LedBy("发改委").Should().Equal(Catalog.Query().LedBy(DepartmentId.Parse("development-reform-commission")));
    }

    [Fact]
    public void A_known_department_that_a_measure_does_not_list_is_false_and_an_unknown_name_throws()
    {
        var measure = Catalog.MeasuresInvolving(DepartmentId.Parse("civil-affairs"))[0];
        var unlisted = Catalog.Departments.All.First(d => !measure.Responsibility.Involves(d.Id));

        measure.Responsibility.Involves(unlisted.Name).Should().BeFalse();
        measure.Responsibility.Invoking(r => r.Involves("省宇航局")).Should().Throw<DepartmentNotFoundException>();
    }

    [Fact]
    public void Unknown_names_throw_one_exception_family_with_near_names_found_by_substring()
    {
        var department = FluentActions.Invoking(() => Catalog.TargetsLedBy("省民政")).Should().Throw<NameNotFoundException>().Which;
        department.Should().BeOfType<DepartmentNotFoundException>();
        department.Suggestions.Should().Contain("省民政厅");

        var place = FluentActions.Invoking(() => Catalog.FindPlace("梅河")).Should().Throw<NameNotFoundException>().Which;
        place.Should().BeOfType<PlaceNotFoundException>();
        place.Suggestions.Should().Contain("梅河口市");
        place.Should().BeAssignableTo<KeyNotFoundException>();
    }

    [Fact]
    public void A_multi_megabyte_name_is_refused_quickly_and_the_message_stays_short()
    {
        Gen.Int[1_000_000, 3_000_000].SelectMany(n => Gen.Char["住建厅省市县aZ０"].Select(c => new string(c, n))).Sample(
            huge =>
            {
                var clock = Stopwatch.StartNew();
                var department = FluentActions.Invoking(() => Catalog.FindDepartment(huge)).Should().Throw<DepartmentNotFoundException>().Which;
                var place = FluentActions.Invoking(() => Catalog.FindPlace(huge)).Should().Throw<PlaceNotFoundException>().Which;
                clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
                department.Message.Length.Should().BeLessThan(300);
                place.Message.Length.Should().BeLessThan(300);
                department.Message.Should().Contain("…");
            },
            iter: 5);
    }

    [Fact]
    public void Random_names_resolve_or_throw_only_the_documented_exceptions()
    {
        Gen.OneOf(Gen.String[0, 30], Gen.Char["省吉林市县住建厅发改委民政梅河口 ａ"].Array[0, 12].Select(c => new string(c))).Sample(
            name =>
            {
                foreach (var look in new Func<string, object>[] { n => Catalog.FindDepartment(n), n => Catalog.FindPlace(n), n => Catalog.TargetsLedBy(n) })
                {
                    try
                    {
                        look(name).Should().NotBeNull();
                    }
                    catch (NameNotFoundException e)
                    {
                        e.Suggestions.Count.Should().BeLessThanOrEqualTo(3);
                    }
                    catch (ArgumentException e)
                    {
                        e.ParamName.Should().NotBeNullOrEmpty();
                    }
                }
            },
            iter: 2000);
    }
}
