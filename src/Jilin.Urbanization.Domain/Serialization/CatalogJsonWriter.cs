using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>Maps a catalog to its documented JSON shape and writes it.</summary>
internal static class CatalogJsonWriter
{
    public const int FormatVersion = 2;

    /// <summary>
    /// Options shared by every JSON writer of the library: Chinese text stays readable (not \u-escaped),
    /// indented with '\n' on every platform so the output is byte-identical everywhere.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(CatalogJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>The one context over <see cref="Options"/> (options bind to a single context).</summary>
    public static readonly CatalogJsonContext Context = new(Options);

    public static void Write(PolicyCatalog catalog, Stream stream) =>
        JsonSerializer.Serialize(stream, ToJson(catalog), Context.CatalogJsonRoot);

    public static CatalogJsonRoot ToJson(PolicyCatalog catalog) => new(
        FormatVersion,
        catalog.Departments.All.Select(ToJson).ToArray(),
        catalog.Documents.Select(ToJson).ToArray());

    public static DepartmentJson ToJson(Department d) =>
        new(d.Id.ToString(), d.Name, d.FullName, d.EnglishName, EnumNames.ToJson(d.Kind), d.Aliases.ToArray());

    public static SpanJson ToJson(SourceSpan s) => new(s.Offset, s.Length, s.Line, s.Column);

    private static SpanJson? ToJson(SourceSpan? s) => s is { } span ? ToJson(span) : null;

    private static ParagraphJson ToJson(Paragraph p) => new(p.Text, ToJson(p.Span), p.CorrectedText);

    private static DocumentJson ToJson(PolicyDocument d) => new(
        d.Id.ToString(),
        d.Year,
        d.Title,
        d.TitleLines.Select(ToJson).ToArray(),
        d.Label is { } label ? ToJson(label) : null,
        d.Preamble.Select(ToJson).ToArray(),
        d.Chapters.Select(c => new ChapterJson(c.Number, c.Numeral, c.Title, ToJson(c.TitleSpan), c.Heading, ToJson(c.HeadingSpan), c.CorrectedTitle)).ToArray(),
        d.Groups.Select(g => new GroupJson(
            g.Number, g.Numeral, g.ChapterNumber, g.Title, ToJson(g.TitleSpan), g.Heading, ToJson(g.HeadingSpan), g.CorrectedTitle, g.Text, g.Body.Select(ToJson).ToArray())).ToArray(),
        d.Measures.Select(ToJson).ToArray(),
        d.Closing.Select(ToJson).ToArray(),
        d.ImplicitImplementer is { } implementer ? new ImplicitImplementerJson(implementer.Department.Id.ToString(), implementer.Note, ToJson(implementer.Span)) : null,
        d.Errata.Select(e => new ErratumJson(e.Id.ToString(), EnumNames.ToJson(e.Kind), e.Location, e.MeasureNumber, ToJson(e.Span), e.Verbatim, e.Correction, e.Explanation)).ToArray(),
        new SourceJson(
            d.Source.SeedFile,
            d.Source.Sha256,
            EnumNames.ToJson(d.Source.Kind),
            d.Source.PrintedDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            ToJson(d.Source.PrintedDateSpan)));

    private static MeasureJson ToJson(Measure m) => new(
        m.Id.ToString(),
        m.Number,
        m.ChapterNumber,
        m.GroupNumber,
        m.Text,
        ToJson(m.TextSpan),
        m.CorrectedText,
        m.Verbatim,
        ToJson(m.Span),
        new ResponsibilityJson(
            m.Responsibility.Text,
            ToJson(m.Responsibility.Span),
            m.Responsibility.Departments.Select(x => x.Department.Id.ToString()).ToArray(),
            m.Responsibility.Departments.Select(x => new MentionJson(x.Name, x.Department.Id.ToString(), ToJson(x.Span))).ToArray(),
            EnumNames.ToJson(m.Responsibility.Mode),
            m.Responsibility.Lead?.Id.ToString(),
            EnumNames.ToJson(m.Responsibility.Rule),
            ToJson(m.Responsibility.RuleSource),
            m.Responsibility.OpenEnded),
        m.Targets.Select(TargetJsonMapper.ToJson).ToArray(),
        m.Conditions.Select(TargetJsonMapper.ToJson).ToArray());
}
