using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Parsing;

namespace Jilin.Urbanization.Domain.Tests.Parsing;

public class PolicyTextParserTests
{
    private const string Minimal = """
        吉林省2027年城镇化重点任务

        为推进城镇化，提出任务如下。

        一、第一章

        （一）第一组

        1.做第一件事。（省教育厅负责）
        2.做第二件事，2027年完成。（省教育厅、省财政厅负责）

        二、第二章

        (二)第二组

        3.做第三件事。（省财政厅、省教育厅等分别负责）

        各地要抓好落实。
        """;

    private static PolicyTextParserOptions Options(string id = "jilin-2027-test") => new()
    {
        DocumentId = DocumentId.Parse(id),
        Year = 2027,
        SeedFile = "user.txt",
        Departments = PolicyCatalog.Default.Departments,
    };

    [Fact]
    public void A_users_document_of_the_same_form_parses_into_the_model()
    {
        var d = PolicyTextParser.Parse(Minimal, Options());

        d.Title.Should().Be("吉林省2027年城镇化重点任务");
        d.Preamble.Should().ContainSingle().Which.Text.Should().Be("为推进城镇化，提出任务如下。");
        d.Chapters.Select(c => c.Title).Should().Equal("第一章", "第二章");
        d.Groups.Select(g => (g.Number, g.ChapterNumber)).Should().Equal((1, 1), (2, 2));
        d.Measures.Should().HaveCount(3);
        d.GetMeasure(2).Text.Should().Be("做第二件事，2027年完成。");
        d.GetMeasure(2).Responsibility.Lead!.Id.Should().Be(DepartmentId.Parse("education"));
        d.GetMeasure(3).Responsibility.Mode.Should().Be(ResponsibilityMode.Respectively);
        d.GetMeasure(3).Responsibility.OpenEnded.Should().BeTrue();
        d.Closing.Should().ContainSingle().Which.Text.Should().Be("各地要抓好落实。");
        d.Errata.Should().ContainSingle(e => e.Kind == Jilin.Urbanization.Domain.Errata.ErratumKind.MixedParenthesisStyle);
        d.Source.Kind.Should().Be(DocumentSourceKind.PlainText);
        d.Measures.Should().OnlyContain(m => m.Id.DocumentId == DocumentId.Parse("jilin-2027-test"));
    }

    [Theory]
    [InlineData("各地要抓好落实。", null, null)]
    [InlineData("各地要抓好落实。各县（市）政府是落实2027年城镇化重点任务的实施主体，要强化责任。", "county-governments", "各县（市）政府是落实2027年城镇化重点任务的实施主体")]
    [InlineData("各市（县）是落实重点任务的实施主体。", "city-county-governments", "各市（县）是落实重点任务的实施主体")]
    public void A_closing_sentence_naming_the_implementing_subject_makes_it_the_implicit_implementer(string closing, string? department, string? note)
    {
        var d = PolicyTextParser.Parse(Minimal.Replace("各地要抓好落实。", closing, StringComparison.Ordinal), Options());

        d.ImplicitImplementer?.Department.Id.ToString().Should().Be(department);
        d.ImplicitImplementer?.Note.Should().Be(note);
        (d.ImplicitImplementer is null).Should().Be(department is null);
    }

    [Fact]
    public void An_implementing_subject_the_registry_does_not_know_is_refused_with_its_location()
    {
        var parse = () => PolicyTextParser.Parse(Minimal.Replace("各地要抓好落实。", "某某委员会是落实重点任务的实施主体。", StringComparison.Ordinal), Options());

        parse.Should().Throw<PolicyDataException>().WithMessage("*某某委员会*").Which.Location.Should().StartWith("user.txt:");
    }

    [Fact]
    public void Parsing_bytes_and_parsing_the_decoded_text_give_the_same_document()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Minimal);

        PolicyTextParser.Parse(bytes, Options()).Should().Be(PolicyTextParser.Parse(Minimal, Options()));
    }

    [Fact]
    public void A_skipped_measure_number_is_refused_with_its_line()
    {
        var text = Minimal.Replace("2.做第二件事", "4.做第二件事", StringComparison.Ordinal);

        var parse = () => PolicyTextParser.Parse(text, Options());

        parse.Should().Throw<PolicyDataException>().WithMessage("*measure numbered 4*measure 2 was expected*")
            .Which.Location.Should().Be("user.txt:10:1");
    }

    [Fact]
    public void An_unknown_responsible_body_is_refused_with_its_location_and_name()
    {
        var text = Minimal.Replace("（省教育厅负责）", "（省未知厅负责）", StringComparison.Ordinal);

        var parse = () => PolicyTextParser.Parse(text, Options());

        parse.Should().Throw<PolicyDataException>().WithMessage("*省未知厅*").Which.Location.Should().StartWith("user.txt:9:");
    }

    [Fact]
    public void A_measure_without_a_responsibility_parenthetical_is_refused()
    {
        var text = Minimal.Replace("做第一件事。（省教育厅负责）", "做第一件事。", StringComparison.Ordinal);

        var parse = () => PolicyTextParser.Parse(text, Options());

        parse.Should().Throw<PolicyDataException>().WithMessage("*Measure 1*responsibility parenthetical*");
    }

    [Fact]
    public void A_text_without_chapters_is_refused()
    {
        var parse = () => PolicyTextParser.Parse("只是一段文字。", Options());

        parse.Should().Throw<PolicyDataException>().WithMessage("*No first chapter heading*");
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused()
    {
        var parse = () => PolicyTextParser.Parse(new byte[] { 0xC3, 0x28, 0xFF }, Options());

        parse.Should().Throw<PolicyDataException>().WithMessage("*not valid UTF-8*");
    }

    [Fact]
    public void Bad_options_are_refused_naming_the_option()
    {
        FluentActions.Invoking(() => PolicyTextParser.Parse(Minimal, Options() with { DocumentId = default })).Should().Throw<ArgumentException>().WithParameterName("DocumentId");
        FluentActions.Invoking(() => PolicyTextParser.Parse(Minimal, Options() with { Year = 10 })).Should().Throw<ArgumentException>().WithParameterName("Year");
        FluentActions.Invoking(() => PolicyTextParser.Parse(Minimal, Options() with { SeedFile = " " })).Should().Throw<ArgumentException>().WithParameterName("SeedFile");
        FluentActions.Invoking(() => PolicyTextParser.Parse((string)null!, Options())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PolicyTextParser.Parse(Minimal, null!)).Should().Throw<ArgumentNullException>();
    }
}
