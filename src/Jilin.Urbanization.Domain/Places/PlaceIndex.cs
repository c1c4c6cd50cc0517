using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Places;

/// <summary>Which texts name which places, built once per catalog on first use.</summary>
internal sealed class PlaceIndex
{
    private static readonly ValueList<PlaceMention> NoMentions = ValueList<PlaceMention>.Empty;
    private readonly Dictionary<string, ValueList<PlaceMention>> mentionsByPlace;
    private readonly Dictionary<string, ValueList<Measure>> measuresByPlace;
    private readonly Dictionary<string, HashSet<MeasureId>> measureIdsByPlace;
    private readonly Dictionary<MeasureId, ValueList<Place>> placesByMeasure;

    public PlaceIndex(IEnumerable<PolicyDocument> documents, PlaceGazetteer gazetteer)
    {
        var matcher = new PlaceMatcher(gazetteer);
        var mentions = new List<PlaceMention>();
        var measures = new List<Measure>();
        foreach (var document in documents)
        {
            void Scan(string text, PlaceTextKind kind, int? chapter, int? group, MeasureId? measure)
            {
                foreach (var (offset, written, place) in matcher.Scan(text))
                {
                    mentions.Add(new PlaceMention(place, written, document.Id, kind, chapter, group, measure, offset));
                }
            }

            foreach (var paragraph in document.Preamble)
            {
                Scan(paragraph.CorrectedText, PlaceTextKind.Preamble, null, null, null);
            }

            var groups = document.Groups.ToLookup(g => g.ChapterNumber);
            var measuresByGroup = document.Measures.ToLookup(m => m.GroupNumber);
            foreach (var chapter in document.Chapters)
            {
                Scan(chapter.CorrectedTitle, PlaceTextKind.ChapterTitle, chapter.Number, null, null);
                foreach (var group in groups[chapter.Number])
                {
                    Scan(group.CorrectedTitle, PlaceTextKind.GroupTitle, chapter.Number, group.Number, null);
                    foreach (var paragraph in group.Body)
                    {
                        Scan(paragraph.CorrectedText, PlaceTextKind.GroupBody, chapter.Number, group.Number, null);
                    }

                    foreach (var measure in measuresByGroup[group.Number])
                    {
                        measures.Add(measure);
                        Scan(measure.CorrectedText, PlaceTextKind.MeasureText, chapter.Number, group.Number, measure.Id);
                    }
                }
            }

            foreach (var paragraph in document.Closing)
            {
                Scan(paragraph.CorrectedText, PlaceTextKind.Closing, null, null, null);
            }
        }

        All = mentions.ToValueList();
        mentionsByPlace = mentions.GroupBy(m => m.Place.Id.ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToValueList(), StringComparer.Ordinal);
        var byId = measures.ToDictionary(m => m.Id);
        measuresByPlace = mentionsByPlace.ToDictionary(
            p => p.Key,
            p => p.Value.Where(m => m.MeasureId is not null).Select(m => m.MeasureId!.Value).Distinct().Select(id => byId[id]).ToValueList(),
            StringComparer.Ordinal);
        measureIdsByPlace = measuresByPlace.ToDictionary(p => p.Key, p => p.Value.Select(m => m.Id).ToHashSet(), StringComparer.Ordinal);
        placesByMeasure = mentions.Where(m => m.MeasureId is not null)
            .GroupBy(m => m.MeasureId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Place).DistinctBy(p => p.Id).ToValueList());
    }

    /// <summary>Every mention, in document order.</summary>
    public ValueList<PlaceMention> All { get; }

    public ValueList<PlaceMention> MentionsOf(string placeId) =>
        mentionsByPlace.TryGetValue(placeId, out var list) ? list : NoMentions;

    public ValueList<Measure> MeasuresMentioning(string placeId) =>
        measuresByPlace.TryGetValue(placeId, out var list) ? list : ValueList<Measure>.Empty;

    public bool Mentions(MeasureId measure, string placeId) =>
        measureIdsByPlace.TryGetValue(placeId, out var set) && set.Contains(measure);

    public ValueList<Place> PlacesIn(MeasureId measure) =>
        placesByMeasure.TryGetValue(measure, out var list) ? list : ValueList<Place>.Empty;
}
