using System.Text;
using System.Text.Json;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Reports;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Issue 23: every reader taking a stream checks it by one rule (a closed or write-only stream is an
/// <see cref="ArgumentException"/> naming the parameter, also from the Try forms), and no chart markup that could run
/// script reaches an HTML page, whether made by a caller or read from JSON.
/// </summary>
public class StreamAndMarkupFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static readonly (string Name, string Parameter, Action<Stream> Read)[] Readers =
    [
        ("TrackingLogReader.ReadJson", "utf8Json", s => TrackingLogReader.ReadJson(Catalog, s)),
        ("TrackingLogReader.TryReadJson", "utf8Json", s => TrackingLogReader.TryReadJson(Catalog, s, out _, out _)),
        ("ProgressReport.ReadJson", "utf8Json", s => ProgressReport.ReadJson(s, Catalog)),
        ("ProgressReport.ReadJson(default)", "utf8Json", s => ProgressReport.ReadJson(s)),
        ("ProgressReport.TryReadJson", "utf8Json", s => ProgressReport.TryReadJson(s, Catalog, out _, out _)),
        ("PolicyCatalog.ReadJson", "stream", s => PolicyCatalog.ReadJson(s)),
        ("PolicyCatalog.TryReadJson", "stream", s => PolicyCatalog.TryReadJson(s, out _, out _)),
        ("DivisionRegistry.Load", "utf8Json", s => DivisionRegistry.Load(s)),
        ("TrackingLogReader.ReadJsonAsync", "utf8Json", s => TrackingLogReader.ReadJsonAsync(Catalog, s).GetAwaiter().GetResult()),
        ("ProgressReport.ReadJsonAsync", "utf8Json", s => ProgressReport.ReadJsonAsync(s, Catalog).GetAwaiter().GetResult()),
    ];

    /// <summary>Streams that cannot be read: closed (memory or file, with or without content) or write-only.</summary>
    private static readonly Gen<Func<Stream>> Unreadable = Gen.OneOf<Func<Stream>>(
        Gen.Byte.Array[0, 32].Select(bytes => (Func<Stream>)(() =>
        {
            var s = new MemoryStream(bytes);
            s.Dispose();
            return s;
        })),
        Gen.Byte.Array[0, 32].Select(bytes => (Func<Stream>)(() => new WriteOnlyStream(bytes))),
        Gen.Int[0, 0].Select(_ => (Func<Stream>)(() =>
        {
            var path = Path.GetTempFileName();
            var s = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None, 16, FileOptions.DeleteOnClose);
            return s;
        })));

    [Fact]
    public void Every_stream_reader_refuses_an_unreadable_stream_with_ArgumentException_naming_it() =>
        Documented.WithinTimeLimit(() =>
            Gen.Select(Gen.Int[0, Readers.Length - 1], Unreadable).Sample(x =>
            {
                var (name, parameter, read) = Readers[x.Item1];
                using var stream = x.Item2();

                var act = () => read(stream);

                act.Should().Throw<ArgumentException>(name).Which.ParamName.Should().Be(parameter, name);
            }, iter: 200));

    /// <summary>Markup a page must never run: scripts, handlers, links, foreign content, comments, entities, breaking out of the figure.</summary>
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "</figure><script>alert(1)</script><figure>", "<foreignObject><p>x</p></foreignObject>",
        "<a href=\"javascript:alert(1)\"><text>x</text></a>", "<image href=\"http://example.com/x.png\"/>", "<!-- x -->",
        "<![CDATA[<script>alert(1)</script>]]>", "<?xml-stylesheet href=\"x.css\"?>", "<rect onload=\"alert(1)\"/>",
        "<rect fill=\"url(http://example.com/#x)\"/>", "<rect style=\"fill:red\"/>", "<style>*{}</style>", "<use href=\"#x\"/>",
        "<rect xlink:href=\"x\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>", "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>",
        "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>", "<text fill=\"&quot;&gt;&lt;script&gt;\">x</text>", "<", "&x;",
        "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>", "<SCRIPT>alert(1)</SCRIPT>",
    ];

    private static readonly SvgChart Drawn = DeadlineTimeline.Render(Catalog);

    [Fact]
    public void Hostile_markup_anywhere_in_a_chart_is_refused_and_never_reaches_a_page() =>
        Documented.WithinTimeLimit(() =>
            Gen.Select(Gen.OneOfConst(Hostile), Gen.Int[0, Drawn.Markup.Length], Gen.Bool).Sample(x =>
            {
                // Inserted at a random place: some places make it malformed, others well-formed; neither may reach a page.
                var markup = x.Item3 ? Drawn.Markup.Insert(x.Item2, x.Item1) : Drawn.Markup.Replace("</svg>", x.Item1 + "</svg>", StringComparison.Ordinal);

                var made = () => new SvgChart("t", markup, 10, 10, 0);
                var read = () => JsonSerializer.Deserialize<SvgChart>(
                    JsonSerializer.Serialize(new { title = "t", markup, width = 10, height = 10, marks = 0 }), DomainJson.CreateOptions());

                made.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("markup");
                read.Should().Throw<Exception>().Which.Should().Match<Exception>(e => e is ArgumentException || e is JsonException);
            }, iter: 400));

    [Fact]
    public void Every_chart_the_library_draws_passes_the_markup_check_and_reads_back_from_json()
    {
        var report = ProgressReport.ReadCsv(new StringReader("indicator,value,unit,observedOn\njilin-2022-county-urbanization/68/t1,78,%,2025-09-30\n"), Catalog)
            .Evaluate(Catalog, new LocalDate(2026, 1, 1));
        var charts = HtmlReport.ForCompliance(Catalog, report).Sections.SelectMany(s => s.Charts).ToList();

        charts.Should().NotBeEmpty();
        foreach (var chart in charts)
        {
            new SvgChart(chart.Title, chart.Markup, chart.Width, chart.Height, chart.Marks).Should().Be(chart);
            JsonSerializer.Deserialize<SvgChart>(JsonSerializer.Serialize(chart, DomainJson.CreateOptions()), DomainJson.CreateOptions()).Should().Be(chart);
        }
    }

    private sealed class WriteOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanRead => false;
    }
}
