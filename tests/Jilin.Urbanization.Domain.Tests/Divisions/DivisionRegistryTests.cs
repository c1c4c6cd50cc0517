using System.ComponentModel;
using System.Diagnostics;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Tests.Divisions;

public class DivisionRegistryTests
{
    private static readonly DivisionRegistry Registry = DivisionRegistry.Default;

    [Fact]
    public void The_registry_holds_the_province_9_prefecture_level_and_60_county_level_divisions()
    {
        Registry.Province.Name.Should().Be("吉林省");
        Registry.Province.Code.Should().Be(DivisionCode.Jilin);
        Registry.Prefectures.Should().HaveCount(9);
        Registry.Counties.Should().HaveCount(60);
        Registry.Counties.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new Dictionary<DivisionKind, int>
        {
            [DivisionKind.District] = 21,
            [DivisionKind.CountyLevelCity] = 20,
            [DivisionKind.County] = 16,
            [DivisionKind.AutonomousCounty] = 3,
        });
        Registry.Prefectures.Count(p => p.Kind == DivisionKind.AutonomousPrefecture).Should().Be(1);
    }

    [Fact]
    public void Every_division_has_a_Jilin_code_whose_shape_matches_its_level_and_a_parent_one_level_up()
    {
        foreach (var division in Registry.All)
        {
            division.Code.ProvinceCode.Should().Be(DivisionCode.Jilin);
            if (division.Level == DivisionLevel.Province)
            {
                division.Parent.Should().BeNull();
                continue;
            }

            var parent = Registry.Get(division.Parent!.Value);
            ((int)parent.Level).Should().Be((int)division.Level - 1, because: $"{division} sits under {parent}");
            (division.Code.Value / (division.Level == DivisionLevel.County ? 100 : 10000)).Should().Be(
                parent.Code.Value / (division.Level == DivisionLevel.County ? 100 : 10000), because: $"{division}'s code starts with its parent's");
        }
    }

    [Theory]
    [InlineData("220581", "梅河口市")]
    [InlineData("梅河口市", "梅河口市")]
    [InlineData("梅河口", "梅河口市")]
    [InlineData("吉林省梅河口市", "梅河口市")]
    [InlineData(" 梅河口　市 ", "梅河口市")]
    [InlineData("Meihekou", "梅河口市")]
    [InlineData("meihekou", "梅河口市")]
    [InlineData("前郭县", "前郭尔罗斯蒙古族自治县")]
    [InlineData("前郭", "前郭尔罗斯蒙古族自治县")]
    [InlineData("延边州", "延边朝鲜族自治州")]
    [InlineData("公主岭市", "公主岭市")]
    [InlineData("通化", "通化市")]
    [InlineData("通化县", "通化县")]
    [InlineData("吉林市", "吉林市")]
    [InlineData("吉林省", "吉林省")]
    [InlineData("九台区", "九台区")]
    public void A_division_resolves_by_code_name_short_name_alias_and_English_name(string text, string name) =>
        Registry.Resolve(text).Name.Should().Be(name);

    [Fact]
    public void Gongzhuling_is_under_Changchun_with_its_current_code() =>
        Registry.Resolve("公主岭市").Should().Match<AdministrativeDivision>(d => d.Code == DivisionCode.Parse("220184") && d.Parent == DivisionCode.Parse("220100"));

    [Fact]
    public void Jilin_alone_is_ambiguous_and_names_both_candidates()
    {
        var act = () => Registry.Resolve("吉林");

        act.Should().Throw<ArgumentException>().WithMessage("*吉林省 220000*吉林市 220200*");
        Registry.TryResolve("吉林", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("梅河口县")]
    [InlineData("哈尔滨市")]
    [InlineData("230184")]
    [InlineData("220199")]
    public void An_unknown_name_or_code_throws_with_the_nearest_names(string text)
    {
        var act = () => Registry.Resolve(text);

        act.Should().Throw<DivisionNotFoundException>().Which.Input.Should().Be(text);
    }

    [Fact]
    public void A_near_miss_suggests_the_division_it_resembles() =>
        FluentActions.Invoking(() => Registry.Resolve("梅河口县")).Should().Throw<DivisionNotFoundException>()
            .Which.Suggestions.Should().Contain("梅河口市");

    [Fact]
    public void A_megabyte_name_fails_quickly_with_a_bounded_message()
    {
        var huge = new string('县', 1_000_000);
        var clock = Stopwatch.StartNew();

        var error = FluentActions.Invoking(() => Registry.Resolve(huge)).Should().Throw<DivisionNotFoundException>().Which;

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        error.Message.Length.Should().BeLessThan(400);
    }

    [Fact]
    public void Every_Jilin_city_county_and_district_the_texts_name_is_a_division()
    {
        var jilinPlaces = PolicyCatalog.Default.Places.All
            .Where(p => p.Kind is not (PlaceKind.Area or PlaceKind.DevelopmentZone) && p.Id.ToString() != "heilongjiang-province" && p.Province is "吉林省" or null)
            .Where(p => p.Id.ToString() is not ("harbin" or "huanren"))
            .ToList();

        jilinPlaces.Should().NotBeEmpty();
        foreach (var place in jilinPlaces)
        {
            Registry.TryFor(place, out var division).Should().BeTrue(because: $"{place} is a division of Jilin");
            division!.Name.Should().Be(place.FullName);
        }
    }

    [Fact]
    public void Places_outside_Jilin_and_areas_are_no_divisions()
    {
        var places = PolicyCatalog.Default.Places;
        Registry.TryFor(places.Get("harbin"), out _).Should().BeFalse();
        Registry.TryFor(places.Get("huanren"), out _).Should().BeFalse();
        Registry.TryFor(places.Get("changchun-jilin-pilot-zone"), out _).Should().BeFalse();
        FluentActions.Invoking(() => Registry.For(places.Get("harbin"))).Should().Throw<DivisionNotFoundException>();
    }

    [Fact]
    public void Children_of_a_prefecture_are_its_county_level_divisions() =>
        Registry.ChildrenOf(DivisionCode.Parse("222400")).Select(d => d.Name).Should().Equal("延吉市", "图们市", "敦化市", "珲春市", "龙井市", "和龙市", "汪清县", "安图县");
}
