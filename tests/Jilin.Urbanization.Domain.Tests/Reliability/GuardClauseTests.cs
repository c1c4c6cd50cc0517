using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Parsing;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Every public entry point refuses bad arguments (null, empty, whitespace, out of range, unknown) with an
/// exception of the ArgumentException family that names the parameter, and for a bad value shows the value;
/// unknown ids give KeyNotFoundException (DepartmentNotFoundException for departments) naming the id.
/// </summary>
public class GuardClauseTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly PolicyDocument Document = Catalog.Documents[0];
    private static readonly SeedEntry Seed = SeedManifest.Entries[0];

    public static TheoryData<string, Action, Type, string?, string?> Cases()
    {
        var options = PolicyTextParserFuzzTests.Options(Seed);
        var unreadable = new UnreadableStream();
        var data = new TheoryData<string, Action, Type, string?, string?>
        {
            // name, call, exception type, parameter name, text the message must show
            { "GetDocument(null)", () => Catalog.GetDocument(null!), typeof(ArgumentNullException), "id", null },
            { "GetDocument(\" \")", () => Catalog.GetDocument(" "), typeof(ArgumentException), "id", null },
            { "GetDocument(unknown)", () => Catalog.GetDocument("no-such-document"), typeof(KeyNotFoundException), null, "no-such-document" },
            { "GetMeasure(string null)", () => Catalog.GetMeasure((string)null!), typeof(ArgumentNullException), "id", null },
            { "GetMeasure(\"\")", () => Catalog.GetMeasure(string.Empty), typeof(ArgumentException), "id", null },
            { "GetMeasure(malformed)", () => Catalog.GetMeasure("x/0"), typeof(FormatException), null, "x/0" },
            { "GetMeasure(unknown document)", () => Catalog.GetMeasure("nope/1"), typeof(KeyNotFoundException), null, "nope" },
            { "GetMeasure(number too big)", () => Catalog.GetMeasure(new MeasureId(Document.Id, 9999)), typeof(KeyNotFoundException), null, "9999" },
            { "GetMeasure(default)", () => Catalog.GetMeasure(default(MeasureId)), typeof(ArgumentNullException), "id", null },
            { "FindDepartment(null)", () => Catalog.FindDepartment(null!), typeof(ArgumentNullException), "idOrName", null },
            { "FindDepartment(unknown)", () => Catalog.FindDepartment("省魔法厅"), typeof(DepartmentNotFoundException), null, "省魔法厅" },
            { "MeasuresLedBy(null)", () => Catalog.MeasuresLedBy(null!), typeof(ArgumentNullException), "department", null },
            { "MeasuresLedBy(\" \")", () => Catalog.MeasuresLedBy(" "), typeof(ArgumentException), "department", null },
            { "MeasuresLedBy(unknown)", () => Catalog.MeasuresLedBy("省魔法厅"), typeof(DepartmentNotFoundException), null, "省魔法厅" },
            { "MeasuresLedBy(documentId default)", () => Catalog.MeasuresLedBy("省教育厅", default(DocumentId)), typeof(ArgumentException), "documentId", null },
            { "MeasuresLedBy(documentId unknown)", () => Catalog.MeasuresLedBy("省教育厅", DocumentId.Parse("nope")), typeof(KeyNotFoundException), null, "nope" },
            { "MeasuresInvolving(\"\")", () => Catalog.MeasuresInvolving(string.Empty), typeof(ArgumentException), "department", null },
            { "MeasuresInvolving(documentId default)", () => Catalog.MeasuresInvolving("省教育厅", default(DocumentId)), typeof(ArgumentException), "documentId", null },
            { "RankDepartments(documentId default)", () => Catalog.RankDepartments(default(DocumentId)), typeof(ArgumentException), "documentId", null },
            { "RankDepartments(documentId unknown)", () => Catalog.RankDepartments(DocumentId.Parse("nope")), typeof(KeyNotFoundException), null, "nope" },
            { "PartnersOf(\"\")", () => Catalog.PartnersOf(string.Empty), typeof(ArgumentException), "department", null },
            { "PartnersOf(documentId default)", () => Catalog.PartnersOf("省教育厅", default(DocumentId)), typeof(ArgumentException), "documentId", null },
            { "Registry.Get(null)", () => Catalog.Departments.Get(null!), typeof(ArgumentNullException), "id", null },
            { "Registry.Get(unknown)", () => Catalog.Departments.Get("no-such"), typeof(DepartmentNotFoundException), null, "no-such" },
            { "Registry.Resolve(\"\\u3000\")", () => Catalog.Departments.Resolve("\u3000"), typeof(ArgumentException), "name", null },
            { "Registry.Resolve(unknown)", () => Catalog.Departments.Resolve("省魔法厅"), typeof(DepartmentNotFoundException), null, "省魔法厅" },
            { "Registry.NamesOf(null)", () => DepartmentRegistry.NamesOf(null!), typeof(ArgumentNullException), "department", null },
            { "new DepartmentRegistry(null)", () => _ = new DepartmentRegistry(null!), typeof(ArgumentNullException), "departments", null },
            { "new DepartmentRegistry([null])", () => _ = new DepartmentRegistry([null!]), typeof(ArgumentNullException), "departments", null },
            { "department with { Aliases = null }", () => _ = Catalog.Departments.All[0] with { Aliases = null! }, typeof(ArgumentNullException), "Aliases", null },
            { "new PolicyCatalog(null, …)", () => _ = new PolicyCatalog(null!, Catalog.Departments), typeof(ArgumentNullException), "documents", null },
            { "new PolicyCatalog(…, null)", () => _ = new PolicyCatalog([], null!), typeof(ArgumentNullException), "departments", null },
            { "new PolicyCatalog(duplicate)", () => _ = new PolicyCatalog([Document, Document], Catalog.Departments), typeof(ArgumentException), "documents", (Document.Id ).ToString()},
            { "new PolicyCatalog(measure out of place)", () => _ = new PolicyCatalog([Document with { Measures = Document.Measures.Reverse().ToValueList() }], Catalog.Departments), typeof(ArgumentException), "documents", Document.Measures[^1].Id.ToString() },
            { "new PolicyCatalog(another document's measure)", () => _ = new PolicyCatalog([Document with { Measures = Catalog.Documents[1].Measures }], Catalog.Departments), typeof(ArgumentException), "documents", Catalog.Documents[1].Measures[0].Id.ToString() },
            { "Document.GetMeasure(0)", () => Document.GetMeasure(0), typeof(ArgumentOutOfRangeException), "number", "0" },
            { "Document.GetMeasure(count + 1)", () => Document.GetMeasure(Document.Measures.Count + 1), typeof(ArgumentOutOfRangeException), "number", $"{Document.Measures.Count + 1}" },
            { "Document.GetChapter(-1)", () => Document.GetChapter(-1), typeof(ArgumentOutOfRangeException), "number", "-1" },
            { "Document.GetGroup(int.MaxValue)", () => Document.GetGroup(int.MaxValue), typeof(ArgumentOutOfRangeException), "number", $"{int.MaxValue}" },
            { "Document.GroupsIn(0)", () => Document.GroupsIn(0), typeof(ArgumentOutOfRangeException), "chapterNumber", "0" },
            { "Document.MeasuresIn(99)", () => Document.MeasuresIn(99), typeof(ArgumentOutOfRangeException), "groupNumber", "99" },
            { "Empty document.GetMeasure(1)", () => (Document with { Measures = ValueList<Measure>.Empty }).GetMeasure(1), typeof(ArgumentOutOfRangeException), "number", "1" },
            { "ValueList[-1]", () => _ = Catalog.Documents[-1], typeof(ArgumentOutOfRangeException), "index", "-1" },
            { "ValueList[Count]", () => _ = Catalog.Measures[Catalog.Measures.Count], typeof(ArgumentOutOfRangeException), "index", $"{Catalog.Measures.Count}" },
            { "ValueList.From(null)", () => ValueList<int>.From(null!), typeof(ArgumentNullException), "items", null },
            { "Responsibility.Involves(null)", () => Document.Measures[0].Responsibility.Involves(null!), typeof(ArgumentNullException), "department", null },
            { "new MeasureId(default document)", () => _ = new MeasureId(default, 1), typeof(ArgumentException), "documentId", "default DocumentId" },
            { "new MeasureId(number 0)", () => _ = new MeasureId(Document.Id, 0), typeof(ArgumentOutOfRangeException), "number", "0" },
            { "MeasureId.Parse(null)", () => MeasureId.Parse(null!), typeof(ArgumentNullException), "s", null },
            { "MeasureId.Parse(malformed)", () => MeasureId.Parse("abc/01"), typeof(FormatException), null, "abc/01" },
            { "WriteJson(null)", () => Catalog.WriteJson(null!), typeof(ArgumentNullException), "stream", null },
            { "WriteJson(read-only)", () => Catalog.WriteJson(new MemoryStream([], writable: false)), typeof(ArgumentException), "stream", null },
            { "ReadJson(null)", () => PolicyCatalog.ReadJson(null!), typeof(ArgumentNullException), "stream", null },
            { "ReadJson(write-only)", () => PolicyCatalog.ReadJson(unreadable), typeof(ArgumentException), "stream", null },
            { "Parse(byte[] null)", () => PolicyTextParser.Parse((byte[])null!, options), typeof(ArgumentNullException), "utf8", null },
            { "Parse(string null)", () => PolicyTextParser.Parse((string)null!, options), typeof(ArgumentNullException), "text", null },
            { "Parse(options null)", () => PolicyTextParser.Parse("x", null!), typeof(ArgumentNullException), "options", null },
            { "Parse(DocumentId default)", () => PolicyTextParser.Parse("x", options with { DocumentId = default }), typeof(ArgumentException), "DocumentId", "default DocumentId" },
            { "Parse(Year 0)", () => PolicyTextParser.Parse("x", options with { Year = 0 }), typeof(ArgumentOutOfRangeException), "Year", null },
            { "Parse(SeedFile blank)", () => PolicyTextParser.Parse("x", options with { SeedFile = " " }), typeof(ArgumentException), "SeedFile", null },
            { "Parse(Departments null)", () => PolicyTextParser.Parse("x", options with { Departments = null! }), typeof(ArgumentNullException), "Departments", null },
            { "Parse(Errata with null)", () => PolicyTextParser.Parse("x", options with { Errata = new ErratumDefinition[] { null! }.ToValueList() }), typeof(ArgumentException), "Errata", null },
            { "Parse(BodyEndMarkers with blank)", () => PolicyTextParser.Parse("x", options with { BodyEndMarkers = new[] { "返回列表", string.Empty }.ToValueList() }), typeof(ArgumentException), "BodyEndMarkers", null },
            { "new DepartmentNotFoundException(null, …)", () => _ = new DepartmentNotFoundException(null!, []), typeof(ArgumentNullException), "input", null },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_argument_is_refused_with_its_parameter_and_value_named(string call, Action act, Type expected, string? parameter, string? shown)
    {
        var thrown = act.Should().Throw<Exception>($"{call} must refuse its argument").Which;

        thrown.Should().BeOfType(expected, call);
        if (parameter is not null)
        {
            ((ArgumentException)thrown).ParamName.Should().Be(parameter, call);
        }

        if (shown is not null)
        {
            thrown.Message.Should().Contain(shown, call);
        }
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
