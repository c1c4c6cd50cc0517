using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Places;

namespace Jilin.Urbanization.Domain.Tests.Support;

/// <summary>Every text of the catalog that the place index scans, with what identifies it in a mention.</summary>
internal static class ScannedTexts
{
    public sealed record Item(DocumentId DocumentId, PlaceTextKind Kind, int? Chapter, int? Group, MeasureId? Measure, string Text);

    public static IEnumerable<Item> Of(PolicyCatalog catalog)
    {
        foreach (var d in catalog.Documents)
        {
            foreach (var p in d.Preamble)
            {
                yield return new(d.Id, PlaceTextKind.Preamble, null, null, null, p.CorrectedText);
            }

            foreach (var c in d.Chapters)
            {
                yield return new(d.Id, PlaceTextKind.ChapterTitle, c.Number, null, null, c.CorrectedTitle);
            }

            foreach (var g in d.Groups)
            {
                yield return new(d.Id, PlaceTextKind.GroupTitle, g.ChapterNumber, g.Number, null, g.CorrectedTitle);
                foreach (var p in g.Body)
                {
                    yield return new(d.Id, PlaceTextKind.GroupBody, g.ChapterNumber, g.Number, null, p.CorrectedText);
                }
            }

            foreach (var m in d.Measures)
            {
                yield return new(d.Id, PlaceTextKind.MeasureText, m.ChapterNumber, m.GroupNumber, m.Id, m.CorrectedText);
            }

            foreach (var p in d.Closing)
            {
                yield return new(d.Id, PlaceTextKind.Closing, null, null, null, p.CorrectedText);
            }
        }
    }

    public static IEnumerable<int> OccurrencesOf(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
