using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Export;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tests.Documents;

/// <summary>
/// One rule for a document argument, wherever one is taken: <c>default(DocumentId)</c> is an
/// <see cref="ArgumentException"/> naming the parameter, an id the catalog does not hold a
/// <see cref="KeyNotFoundException"/> that quotes it and lists the known ids — never an empty answer.
/// </summary>
public class DocumentArgumentRuleTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly DocumentId Unknown = DocumentId.Parse("jilin-2030-no-such-document");

    /// <summary>Every public entry point that takes a document, as a call with the document argument.</summary>
    public static TheoryData<string> EntryPoints => new(Calls.Keys);

    private static readonly Dictionary<string, (string Parameter, Action<DocumentId> Call)> Calls = new()
    {
        ["GetDocument"] = ("id", d => Catalog.GetDocument(d)),
        ["MeasuresLedBy(name)"] = ("documentId", d => Catalog.MeasuresLedBy("省住房城乡建设厅", d)),
        ["MeasuresLedBy(id)"] = ("documentId", d => Catalog.MeasuresLedBy(Catalog.FindDepartment("省住房城乡建设厅").Id, d)),
        ["MeasuresInvolving(name)"] = ("documentId", d => Catalog.MeasuresInvolving("省住房城乡建设厅", d)),
        ["MeasuresInvolving(id)"] = ("documentId", d => Catalog.MeasuresInvolving(Catalog.FindDepartment("省住房城乡建设厅").Id, d)),
        ["PartnersOf"] = ("documentId", d => Catalog.PartnersOf("省住房城乡建设厅", d)),
        ["RankDepartments"] = ("documentId", d => Catalog.RankDepartments(d)),
        ["MeasuresMentioning(name)"] = ("documentId", d => Catalog.MeasuresMentioning("梅河口市", d)),
        ["MeasuresMentioning(id)"] = ("documentId", d => Catalog.MeasuresMentioning(Catalog.FindPlace("梅河口市").Id, d)),
        ["RelatedTo"] = ("documentId", d => Catalog.RelatedTo("jilin-2021-urbanization-tasks/40", d)),
        ["ExportDepartments"] = ("documentId", d => Catalog.ExportDepartments(d)),
        ["DepartmentTable.From"] = ("documentId", d => DepartmentTable.From(Catalog, d)),
        ["DepartmentWorkloadChart.Render"] = ("documentId", d => DepartmentWorkloadChart.Render(Catalog, documentId: d)),
        ["Query().InDocument"] = ("documentId", d => Catalog.Query().InDocument(d)),
        ["Query().InChapter"] = ("documentId", d => Catalog.Query().InChapter(d, 1)),
        ["Query().InGroup"] = ("documentId", d => Catalog.Query().InGroup(d, 1)),
        ["QueryTargets().InDocument"] = ("document", d => Catalog.QueryTargets().InDocument(d)),
        ["TrackingScope.InDocument"] = ("documentId", d => TrackingScope.Everything(Catalog).InDocument(d)),
        ["TrackingScope.InChapter"] = ("documentId", d => TrackingScope.Everything(Catalog).InChapter(d, 1)),
        ["TrackingScope.InGroup"] = ("documentId", d => TrackingScope.Everything(Catalog).InGroup(d, 1)),
        ["Labels.For"] = ("documentId", d => Catalog.Labels.For(d)),
        ["Labels.ChapterTitle"] = ("documentId", d => Catalog.Labels.ChapterTitle(d, 1)),
        ["Labels.GroupTitle"] = ("documentId", d => Catalog.Labels.GroupTitle(d, 1)),
    };

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void An_unknown_document_id_throws_KeyNotFoundException_quoting_it_and_listing_the_known_ids(string entryPoint)
    {
        var (_, call) = Calls[entryPoint];

        FluentActions.Invoking(() => call(Unknown)).Should().Throw<KeyNotFoundException>()
            .WithMessage($"*'{Unknown}'*{DocumentIds.UrbanizationTasks2021}*", entryPoint)
            .And.Should().NotBeAssignableTo<Jilin.Urbanization.Domain.Departments.DepartmentNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void A_default_document_id_is_an_ArgumentException_naming_the_parameter(string entryPoint)
    {
        var (parameter, call) = Calls[entryPoint];

        FluentActions.Invoking(() => call(default)).Should().Throw<ArgumentException>().WithParameterName(parameter)
            .WithMessage("(default DocumentId) is not a document id*");
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void A_known_document_id_is_accepted(string entryPoint)
    {
        var (_, call) = Calls[entryPoint];

        FluentActions.Invoking(() => call(DocumentId.CountyUrbanization2022)).Should().NotThrow(entryPoint);
    }

    [Fact]
    public void Null_for_an_optional_document_means_every_document()
    {
        Catalog.MeasuresLedBy("省住房城乡建设厅", null).Should().Equal(
            Catalog.MeasuresLedBy("省住房城乡建设厅", DocumentId.UrbanizationTasks2021)
                .Concat(Catalog.MeasuresLedBy("省住房城乡建设厅", DocumentId.CountyUrbanization2022)));
        Catalog.RankDepartments(null).Sum(w => w.Led).Should().Be(
            Catalog.RankDepartments(DocumentId.UrbanizationTasks2021).Sum(w => w.Led) + Catalog.RankDepartments(DocumentId.CountyUrbanization2022).Sum(w => w.Led));
    }

    [Fact]
    public void Every_document_addressed_thing_carries_a_typed_document_id()
    {
        var document = Catalog.GetDocument(DocumentId.CountyUrbanization2022);

        document.Chapters.Should().OnlyContain(c => c.DocumentId == document.Id);
        document.Groups.Should().OnlyContain(g => g.DocumentId == document.Id);
        document.Measures.Should().OnlyContain(m => m.DocumentId == document.Id && m.Id.DocumentId == document.Id);
        Catalog.PlaceMentions.Should().OnlyContain(p => p.DocumentId == DocumentId.CountyUrbanization2022 || p.DocumentId == DocumentId.UrbanizationTasks2021);
        Catalog.Labels.For(document.Id).DocumentId.Should().Be(document.Id);
        new MeasureId(document.Id, 30).Should().Be(MeasureId.Parse("jilin-2022-county-urbanization/30"));
    }

    [Fact]
    public void Model_records_refuse_a_default_document_id_in_with_expressions_too()
    {
        var chapter = Catalog.Documents[0].Chapters[0];

        FluentActions.Invoking(() => chapter with { DocumentId = default }).Should().Throw<ArgumentException>().WithParameterName("DocumentId");
        FluentActions.Invoking(() => Catalog.Documents[0].Groups[0] with { DocumentId = default }).Should().Throw<ArgumentException>().WithParameterName("DocumentId");
        FluentActions.Invoking(() => Catalog.PlaceMentions[0] with { DocumentId = default }).Should().Throw<ArgumentException>().WithParameterName("DocumentId");
    }
}
