using CsCheck;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tests.Queries;

/// <summary>
/// <c>RelatedTo</c> scores only the candidates its indexes find (shared places, lead, departments, and the measures
/// that may share a key term); it must rank exactly as comparing with every measure does (<see cref="NaiveRelatedMeasures"/>).
/// </summary>
public class RelatedMeasuresPropertyTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly NaiveRelatedMeasures Reference = new(Catalog);

    /// <summary>
    /// The two documents three times over (renamed copies): every term occurs in three times as many measures, so
    /// many runs of three characters are too common while a longer run from the same start is not, and candidates
    /// must be found from the shortest rare run, not the first three characters.
    /// </summary>
    private static readonly PolicyCatalog Tripled = new(
        Catalog.Documents.Concat(Enumerable.Range(1, 2).SelectMany(k => Catalog.Documents.Select(d => d with
        {
            Id = Jilin.Urbanization.Domain.Documents.DocumentId.Parse($"{d.Id}-copy{k}"),
            Measures = d.Measures.Select(m => m with { Id = new Jilin.Urbanization.Domain.Documents.MeasureId(Jilin.Urbanization.Domain.Documents.DocumentId.Parse($"{d.Id}-copy{k}"), m.Id.Number) }).ToValueList(),
        }))),
        Catalog.Departments);

    [Fact]
    public void Related_measures_of_random_measures_equal_those_of_a_comparison_with_every_measure()
    {
        var documents = new Jilin.Urbanization.Domain.Documents.DocumentId?[] { null, Catalog.Documents[0].Id, Catalog.Documents[1].Id };
        Gen.Select(Gen.Int[0, Catalog.Measures.Count - 1], Gen.Int[0, 2], Gen.Int[1, 150]).Sample(
            (index, document, top) => Same(Catalog.Measures[index], documents[document], top),
            iter: 60);
    }

    [Fact]
    public void Related_measures_of_every_measure_equal_those_of_a_comparison_with_every_measure()
    {
        foreach (var measure in Catalog.Measures)
        {
            Same(measure, null, Catalog.Measures.Count);
        }
    }

    [Fact]
    public void Related_measures_in_a_catalog_of_repeated_texts_equal_those_of_a_comparison_with_every_measure()
    {
        var reference = new NaiveRelatedMeasures(Tripled);
        Gen.Int[0, Tripled.Measures.Count - 1].Sample(
            index =>
            {
                var measure = Tripled.Measures[index];
                var expected = reference.Find(measure, null, 30);

                var actual = Tripled.RelatedTo(measure.Id, null, 30);

                actual.Select(r => (r.Id, r.Score, string.Join(";", r.Reasons))).Should()
                    .Equal(expected.Select(r => (r.Id, r.Score, string.Join(";", r.Reasons))), measure.Id.ToString());
            },
            iter: 25);
    }

    private static void Same(Jilin.Urbanization.Domain.Documents.Measure measure, Jilin.Urbanization.Domain.Documents.DocumentId? documentId, int top)
    {
        var expected = Reference.Find(measure, documentId, top);

        var actual = Catalog.RelatedTo(measure.Id, documentId, top);

        actual.Select(r => (r.Id, r.Score, string.Join(";", r.Reasons))).Should()
            .Equal(expected.Select(r => (r.Id, r.Score, string.Join(";", r.Reasons))), $"{measure.Id} in {documentId?.ToString() ?? "both"}");
    }
}
