using System.Text;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Documents;

public class SourceFidelityTests
{
    public static TheoryData<string> DocumentIdsData => new() { DocumentIds.CountyUrbanization2022, DocumentIds.UrbanizationTasks2021 };

    [Theory]
    [MemberData(nameof(DocumentIdsData))]
    public void Every_text_element_equals_the_seed_characters_at_its_span(string id)
    {
        var document = PolicyCatalog.Default.GetDocument(id);
        var seed = Seeds.TextOf(id);
        var elements = TextElements.Of(document).ToList();

        elements.Should().HaveCountGreaterThan(200);
        foreach (var (what, text, span) in elements)
        {
            span.SeedFile.Should().Be(document.Source.SeedFile, what);
            span.Slice(seed).Should().Be(text, what);
            var lineStart = span.Offset == 0 ? 0 : seed.LastIndexOf('\n', span.Offset - 1) + 1;
            (seed.Take(span.Offset).Count(c => c == '\n') + 1).Should().Be(span.Line, what);
            (span.Offset - lineStart + 1).Should().Be(span.Column, what);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentIdsData))]
    public void The_policy_body_is_reproduced_from_the_model_with_nothing_lost_or_added(string id)
    {
        var document = PolicyCatalog.Default.GetDocument(id);
        var seed = Seeds.TextOf(id);

        var rebuilt = new StringBuilder();
        rebuilt.Append(document.Label?.Text);
        foreach (var line in document.TitleLines)
        {
            rebuilt.Append(line.Text);
        }

        foreach (var paragraph in document.Preamble)
        {
            rebuilt.Append(paragraph.Text);
        }

        foreach (var chapter in document.Chapters)
        {
            rebuilt.Append(chapter.Heading);
            foreach (var group in document.GroupsIn(chapter.Number))
            {
                rebuilt.Append(group.Heading);
                foreach (var paragraph in group.Body)
                {
                    rebuilt.Append(paragraph.Text);
                }

                foreach (var measure in document.MeasuresIn(group.Number))
                {
                    rebuilt.Append(measure.Verbatim);
                }
            }
        }

        foreach (var paragraph in document.Closing)
        {
            rebuilt.Append(paragraph.Text);
        }

        // The body runs from the first line of the policy (label or title) to its last line; chrome is outside.
        var first = (document.Label?.Span ?? document.TitleLines[0].Span).Offset;
        var last = TextElements.Of(document).Max(e => e.Span.End);
        var body = seed[first..last];

        WithoutWhitespace(rebuilt.ToString()).Should().Be(WithoutWhitespace(body));
    }

    [Theory]
    [MemberData(nameof(DocumentIdsData))]
    public void Each_measure_is_its_number_its_text_and_its_parenthetical_and_nothing_else(string id)
    {
        foreach (var measure in PolicyCatalog.Default.GetDocument(id).Measures)
        {
            var rest = measure.Verbatim;
            rest.Should().StartWith($"{measure.Number}.");
            rest = rest[$"{measure.Number}.".Length..];
            rest.Should().StartWith(measure.Text);
            rest = rest[measure.Text.Length..].TrimStart();
            rest[0].Should().BeOneOf('(', '（');
            rest[1..].Should().StartWith(measure.Responsibility.Text);
            var tail = rest[(1 + measure.Responsibility.Text.Length)..].Trim();
            tail.Should().BeOneOf(")", "）", string.Empty);
            (tail.Length == 0).Should().Be(
                measure.Number is 30 or 70 && id == DocumentIds.CountyUrbanization2022,
                "only 2022 items 30 and 70 lack their closing parenthesis");
        }
    }

    [Fact]
    public void The_scraped_pages_chrome_is_not_part_of_the_document()
    {
        var document = PolicyCatalog.Default.GetDocument(DocumentIds.CountyUrbanization2022);
        var all = string.Concat(TextElements.Of(document).Select(e => e.Text));

        all.Should().NotContain("返回列表").And.NotContain("版权声明").And.NotContain("cqzhongrui").And.NotContain("您的位置");
        document.Source.Kind.Should().Be(DocumentSourceKind.ScrapedWebPage);
        document.Groups[^1].Text.Should().EndWith("安排省预算内资金等政策方面予以支持倾斜。");
        document.Closing.Should().BeEmpty();
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
