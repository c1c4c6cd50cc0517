using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Places;

public class PlaceTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly ScannedTexts.Item[] Texts = ScannedTexts.Of(Catalog).ToArray();

    [Fact]
    public void Every_curated_name_and_alias_is_written_in_the_texts_and_found_there_as_a_mention()
    {
        foreach (var place in Catalog.Places.All)
        {
            var writtenAs = Catalog.MentionsOf(place.Id.ToString()).Select(m => m.WrittenAs).ToHashSet();
            foreach (var name in place.Names)
            {
                Texts.Should().Contain(t => t.Text.Contains(name, StringComparison.Ordinal), $"{place.Id}'s spelling '{name}' must occur in the texts");
                writtenAs.Should().Contain(name, $"{place.Id}'s spelling '{name}' must be found as a mention");
            }
        }
    }

    [Fact]
    public void Every_mention_stands_in_its_text_at_its_offset_as_written()
    {
        Catalog.PlaceMentions.Should().NotBeEmpty();
        foreach (var mention in Catalog.PlaceMentions)
        {
            var text = Texts.Single(t => t.DocumentId == mention.DocumentId && t.Kind == mention.TextKind && t.Group == mention.GroupNumber
                && t.Chapter == mention.ChapterNumber && t.Measure == mention.MeasureId
                && mention.Offset + mention.WrittenAs.Length <= t.Text.Length
                && t.Text.AsSpan(mention.Offset, mention.WrittenAs.Length).SequenceEqual(mention.WrittenAs));
            mention.Place.Names.Concat(Catalog.Places.ContextualAliases.Where(a => a.Place == mention.Place).Select(a => a.Alias))
                .Should().Contain(mention.WrittenAs);
        }
    }

    [Fact]
    public void Contextual_aliases_and_non_place_terms_occur_in_the_texts_as_curated()
    {
        foreach (var alias in Catalog.Places.ContextualAliases)
        {
            foreach (var context in alias.Contexts)
            {
                Texts.Should().Contain(t => t.Text.Contains(context, StringComparison.Ordinal), $"context '{context}' of '{alias.Alias}'");
            }
        }

        foreach (var term in Catalog.Places.NonPlaceTerms)
        {
            Texts.Should().Contain(t => t.Text.Contains(term.Term, StringComparison.Ordinal), $"non-place term '{term.Term}'");
        }
    }

    [Fact]
    public void Every_occurrence_of_a_spelling_is_a_mention_or_lies_inside_a_longer_term()
    {
        // A spelling's occurrence that is no mention must be shadowed by a longer name or a non-place term there.
        var longer = Catalog.Places.All.SelectMany(p => p.Names).Concat(Catalog.Places.NonPlaceTerms.Select(t => t.Term)).ToArray();
        foreach (var item in Texts)
        {
            var mentions = Catalog.PlaceMentions.Where(m => m.DocumentId == item.DocumentId && m.TextKind == item.Kind && m.GroupNumber == item.Group
                && m.ChapterNumber == item.Chapter && m.MeasureId == item.Measure).ToList();
            foreach (var place in Catalog.Places.All)
            {
                foreach (var name in place.Names)
                {
                    foreach (var at in ScannedTexts.OccurrencesOf(item.Text, name))
                    {
                        var isMention = mentions.Any(m => m.Offset == at && m.Place.Id == place.Id);
                        var shadowed = longer.Where(l => l.Length > name.Length)
                            .Any(l => ScannedTexts.OccurrencesOf(item.Text, l).Any(o => o <= at && at + name.Length <= o + l.Length));
                        (isMention || shadowed).Should().BeTrue($"'{name}' at {at} in {item.Measure?.ToString() ?? item.Kind.ToString()} must be a mention of {place.Id} or lie inside a longer term");
                    }
                }
            }
        }
    }

    [Fact]
    public void Jilin_inside_a_province_name_is_never_the_city()
    {
        var city = Catalog.MeasuresMentioning("吉林市").Select(m => m.Id).ToHashSet();
        var provinceOnly = Catalog.Measures.Where(m => m.CorrectedText.Contains("吉林省", StringComparison.Ordinal)
            && !m.CorrectedText.Contains("吉林市", StringComparison.Ordinal)
            && !m.CorrectedText.Contains("长春吉林", StringComparison.Ordinal)
            && !m.CorrectedText.Contains("、吉林、", StringComparison.Ordinal)).ToList();

        provinceOnly.Should().NotBeEmpty();
        provinceOnly.Should().OnlyContain(m => !city.Contains(m.Id));
        provinceOnly.Should().OnlyContain(m => Catalog.PlacesIn(m).Any(p => p.Id.ToString() == "jilin-province"));
    }

    [Fact]
    public void Bare_jilin_names_the_city_only_where_the_text_pairs_it_with_other_cities()
    {
        var measure = Catalog.GetMeasure("jilin-2021-urbanization-tasks/31");
        measure.CorrectedText.Should().Contain("长春、吉林、辽源");
        Catalog.PlacesIn(measure).Select(p => p.Id).Should().Equal(PlaceId.Parse("changchun"), PlaceId.Parse("jilin-city"), PlaceId.Parse("liaoyuan"));

        var campaign = Catalog.GetMeasure("jilin-2022-county-urbanization/10");
        campaign.CorrectedText.Should().Contain("放心消费在吉林");
        Catalog.PlacesIn(campaign).Select(p => p.Id).Should().Equal(PlaceId.Parse("jilin-province"));
    }

    [Fact]
    public void Rivers_named_after_places_are_not_places()
    {
        var rivers = Catalog.GetMeasure("jilin-2021-urbanization-tasks/36");
        rivers.CorrectedText.Should().Contain("伊通河").And.Contain("双阳河");
        Catalog.PlacesIn(rivers).Should().BeEmpty();
        Catalog.MentionsOf("图们").Should().NotContain(m => m.TextKind == PlaceTextKind.GroupBody, "图们江 in group 2 is the river");
    }

    [Theory]
    [InlineData("梅河口市")]
    [InlineData("公主岭市")]
    [InlineData("前郭县")]
    [InlineData("通榆县")]
    [InlineData("永吉县")]
    [InlineData("延边州")]
    [InlineData("哈尔滨市")]
    [InlineData("长白山池北区")]
    public void An_unambiguous_name_is_mentioned_by_exactly_the_measures_whose_text_holds_it(string name)
    {
        var expected = Catalog.Measures.Where(m => m.CorrectedText.Contains(name, StringComparison.Ordinal)).Select(m => m.Id);

        Catalog.MeasuresMentioning(name).Select(m => m.Id).Should().NotBeEmpty().And.Equal(expected);
    }

    [Fact]
    public void The_pilot_counties_link_the_2021_tasks_to_the_2022_measures_and_group_text()
    {
        var meihekou = Catalog.MentionsOf("梅河口市");

        meihekou.Where(m => m.MeasureId is not null).Select(m => m.MeasureId!.Value.ToString()).Should().Equal(
            "jilin-2021-urbanization-tasks/20", "jilin-2021-urbanization-tasks/51", "jilin-2021-urbanization-tasks/58", "jilin-2022-county-urbanization/76");
        meihekou.Should().Contain(m => m.TextKind == PlaceTextKind.GroupBody && m.GroupNumber == 36 && m.DocumentId == DocumentId.CountyUrbanization2022);
    }

    [Fact]
    public void Road_termini_name_districts_by_their_short_names()
    {
        var road = Catalog.GetMeasure("jilin-2021-urbanization-tasks/16");
        road.CorrectedText.Should().Contain("九台至双阳段");

        Catalog.PlacesIn(road).Select(p => p.Name).Should().Contain(["九台区", "双阳区", "长春市", "农安", "伊通", "长春都市圈"]);
        Catalog.MentionsOf("jiutai").Where(m => m.MeasureId == road.Id).Should().OnlyContain(m => m.WrittenAs == "九台");
    }

    [Theory]
    [InlineData("长春", "changchun")]
    [InlineData("长春市", "changchun")]
    [InlineData(" changchun ", "changchun")]
    [InlineData("延边朝鲜族自治州", "yanbian")]
    [InlineData("长吉片区", "changchun-jilin-pilot-zone")]
    public void A_place_is_found_by_id_name_alias_or_full_name(string input, string id)
    {
        Catalog.FindPlace(input).Id.Should().Be(PlaceId.Parse(id));
    }

    [Fact]
    public void An_ambiguous_or_unknown_name_fails_clearly()
    {
        Catalog.Invoking(c => c.FindPlace("吉林")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "idOrName" && e.Message.Contains("吉林省") && e.Message.Contains("吉林市"));
        Catalog.Invoking(c => c.FindPlace("上海市")).Should().Throw<PlaceNotFoundException>()
            .Where(e => e.Input == "上海市" && e.Suggestions.Count > 0 && e.Message.Contains(e.Suggestions[0]));
        Catalog.Invoking(c => c.FindPlace(null!)).Should().Throw<ArgumentNullException>().WithParameterName("idOrName");
        Catalog.Invoking(c => c.FindPlace(" ")).Should().Throw<ArgumentException>().WithParameterName("idOrName");
        Catalog.Invoking(c => c.MeasuresMentioning("长春", DocumentId.Parse("no-such-document"))).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Kinds_and_english_names_are_curated_and_marked_unofficial()
    {
        Catalog.FindPlace("延边州").Kind.Should().Be(PlaceKind.AutonomousPrefecture);
        Catalog.FindPlace("梅河口市").Kind.Should().Be(PlaceKind.CountyLevelCity);
        Catalog.FindPlace("前郭县").Kind.Should().Be(PlaceKind.County);
        Catalog.FindPlace("九台区").Kind.Should().Be(PlaceKind.District);
        Catalog.FindPlace("长吉接合片区").Kind.Should().Be(PlaceKind.Area);
        Catalog.Places.All.Should().OnlyContain(p => !p.EnglishName.IsOfficial && p.EnglishName.Chinese == p.Name && p.EnglishName.English.Length > 0);
    }

    [Fact]
    public void Places_print_readably()
    {
        var place = Catalog.FindPlace("梅河口市");
        place.ToString().Should().Be("梅河口市 (meihekou, CountyLevelCity)");
        Catalog.MentionsOf("梅河口市")[0].ToString().Should().Be("梅河口市 → 梅河口市 in jilin-2021-urbanization-tasks/20");
        Catalog.Places.ToString().Should().Be($"{Catalog.Places.Count} places");
    }

    [Fact]
    public void The_curated_places_file_in_the_repository_is_the_embedded_one()
    {
        var path = Path.Combine(Seeds.Directory, "..", "src", "Jilin.Urbanization.Domain", "Resources", "places.json");

        EmbeddedData.ReadPlaces(File.ReadAllBytes(path), path).Should().Be(Catalog.Places);
    }

    [Fact]
    public void A_context_that_does_not_hold_its_alias_is_refused_with_its_location()
    {
        var json = """
            {"version":1,"notice":"n","places":[{"id":"x","name":"甲市","fullName":"甲市","kind":"prefectureLevelCity","province":null,
             "englishName":"X","aliases":[],"contextualAliases":[{"alias":"甲","contexts":["乙丙"]}]}],"nonPlaceTerms":[]}
            """u8.ToArray();

        FluentActions.Invoking(() => EmbeddedData.ReadPlaces(json, "test.json")).Should().Throw<PolicyDataException>()
            .Where(e => e.Location.Contains("contextualAliases[0]"));
    }
}
