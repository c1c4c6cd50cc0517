using Jilin.Urbanization.Domain.Identifiers;
using System.Globalization;
using System.Text.Json;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>
/// Reads the catalog JSON and checks it whole before anything is built: structure and types (by the
/// source-generated context), then ids, numbering, references and ranges. Every refusal is a
/// <see cref="PolicyDataException"/> whose location is the JSON path of the offending value.
/// </summary>
internal static class CatalogJsonReader
{
    /// <summary>The longest text a .NET string holds; no span of a seed can end beyond it.</summary>
    internal const int MaxSeedLength = 0x3FFFFFDF;

    public static PolicyCatalog Read(Stream stream)
    {
        CatalogJsonRoot? root;
        try
        {
            root = JsonSerializer.Deserialize(stream, CatalogJsonWriter.Context.CatalogJsonRoot);
        }
        catch (JsonException e)
        {
            // The path quotes member names as written: bounded like every quote of input.
            var path = StrictText.Location(e.Path ?? "$");
            var where = e.LineNumber is { } line ? $"{path} (line {line + 1}, byte {e.BytePositionInLine + 1})" : path;
            throw new PolicyDataException($"The catalog JSON is malformed or of the wrong shape: {FirstSentence(StrictText.JsonError(e).Message)}", where, e);
        }

        if (root is null)
        {
            throw new PolicyDataException("The catalog JSON is null; expected an object with formatVersion, departments and documents.", "$");
        }

        if (root.FormatVersion != CatalogJsonWriter.FormatVersion)
        {
            throw new PolicyDataException(
                $"Format version {root.FormatVersion} is not supported; this library reads version {CatalogJsonWriter.FormatVersion}.", "$.formatVersion");
        }

        NoNullItems(root.Departments, "$.departments");
        NoNullItems(root.Documents, "$.documents");
        var registry = ReadDepartments(root.Departments);
        var documents = root.Documents.Select((d, i) => new DocumentReader(registry, $"$.documents[{i}]", d.Source?.SeedFile ?? string.Empty).Read(d)).ToList();
        try
        {
            return new PolicyCatalog(documents, registry);
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException(e.Message, "$.documents", e);
        }
    }

    private static DepartmentRegistry ReadDepartments(IReadOnlyList<DepartmentJson> departments)
    {
        var list = new List<Department>(departments.Count);
        for (var i = 0; i < departments.Count; i++)
        {
            var d = departments[i];
            var path = $"$.departments[{i}]";
            if (!DocumentIds.IsValid(d.Id))
            {
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(d.Id)} is not a department id (lower-case ASCII words joined by hyphens).", path + ".id");
            }

            Require(!string.IsNullOrWhiteSpace(d.Name), "A department needs a name.", path + ".name");
            Require(!string.IsNullOrWhiteSpace(d.FullName), "A department needs a full name.", path + ".fullName");
            Require(!string.IsNullOrWhiteSpace(d.EnglishName), "A department needs an English name.", path + ".englishName");
            NoNullItems(d.Aliases, path + ".aliases");
            for (var a = 0; a < d.Aliases.Count; a++)
            {
                Require(!string.IsNullOrWhiteSpace(d.Aliases[a]), "An alias cannot be empty or whitespace.", $"{path}.aliases[{a}]");
            }

            list.Add(new Department(IdText.ParseData<DepartmentId>(d.Id, path + ".id"), d.Name, d.FullName, d.EnglishName, ParseEnum<DepartmentKind>(d.Kind, path + ".kind"), d.Aliases.ToValueList()));
        }

        try
        {
            return new DepartmentRegistry(list);
        }
        catch (ArgumentException e)
        {
            throw new PolicyDataException(e.Message, "$.departments", e);
        }
    }

    /// <summary>
    /// The source-generated context refuses null members but not null items inside arrays (<c>[null]</c>);
    /// every list is checked here before its items are used.
    /// </summary>
    private static void NoNullItems<T>(IReadOnlyList<T?> items, string path)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new PolicyDataException("An item of this array is null; remove it or give its value.", $"{path}[{i}]");
            }
        }
    }

    /// <summary>Reads an ISO date (yyyy-MM-dd), or throws a <see cref="PolicyDataException"/> at <paramref name="path"/>.</summary>
    internal static LocalDate ParseDate(string text, string path)
    {
        var result = StrictText.IsToken(text) ? LocalDatePattern.Iso.Parse(text) : null;
        return result is { Success: true } ? result.Value : throw new PolicyDataException($"{StrictText.Quote(text)} is not an ISO date (yyyy-MM-dd).", path);
    }

    /// <summary>
    /// Reads a period [start, end] of ISO dates; a start after the end is a <see cref="PolicyDataException"/> at
    /// <paramref name="path"/>, never NodaTime's <see cref="ArgumentException"/>.
    /// </summary>
    internal static DateInterval ParsePeriod(string start, string end, string path)
    {
        var first = ParseDate(start, path + ".start");
        var last = ParseDate(end, path + ".end");
        Require(
            first <= last,
            $"The period starts on {LocalDatePattern.Iso.Format(first)}, after it ends on {LocalDatePattern.Iso.Format(last)}; a period's start is on or before its end.",
            path);
        return new DateInterval(first, last);
    }

    /// <summary>Reads a value within ±<see cref="CheckedDecimal.DataLimit"/>, or throws a <see cref="PolicyDataException"/> at <paramref name="path"/>.</summary>
    internal static decimal RequireWithinLimit(decimal value, string path)
    {
        Require(
            CheckedDecimal.IsWithinDataLimit(value),
            string.Create(CultureInfo.InvariantCulture, $"The value {value} is outside the range a value may have ({CheckedDecimal.DataLimitText}), so it could not be converted or evaluated."),
            path);
        return value;
    }

    /// <summary>Throws a <see cref="PolicyDataException"/> at <paramref name="path"/> unless <paramref name="condition"/> holds.</summary>
    internal static void Require(bool condition, string message, string path)
    {
        if (!condition)
        {
            throw new PolicyDataException(message, path);
        }
    }

    /// <summary>Reads a camelCase enum name, or throws a <see cref="PolicyDataException"/> at <paramref name="path"/> listing the names there are.</summary>
    internal static TEnum ParseEnum<TEnum>(string text, string path)
        where TEnum : struct, Enum =>
        EnumNames.TryParse<TEnum>(text, out var value)
            ? value
            : throw new PolicyDataException(
                $"{StrictText.Quote(text)} is not a {typeof(TEnum).Name} value (names are exact: no padding or invisible characters); expected one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => EnumNames.ToJson(v)))}.",
                path);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    /// <summary>Reads one document, checking every reference against what came before.</summary>
    private sealed class DocumentReader(DepartmentRegistry registry, string basePath, string seedFile)
    {
        public PolicyDocument Read(DocumentJson d)
        {
            if (!DocumentIds.IsValid(d.Id))
            {
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(d.Id)} is not a document id (lower-case ASCII words joined by hyphens).", basePath + ".id");
            }

            NoNullItems(d.TitleLines, basePath + ".titleLines");
            NoNullItems(d.Preamble, basePath + ".preamble");
            NoNullItems(d.Chapters, basePath + ".chapters");
            NoNullItems(d.Groups, basePath + ".groups");
            NoNullItems(d.Measures, basePath + ".measures");
            NoNullItems(d.Closing, basePath + ".closing");
            NoNullItems(d.Errata, basePath + ".errata");
            Require(d.Year is >= 1949 and <= 2100, $"The year {d.Year} is out of range (1949 to 2100).", basePath + ".year");
            Require(!string.IsNullOrWhiteSpace(seedFile), "A document needs a source seed file.", basePath + ".source.seedFile");
            Require(d.TitleLines.Count > 0, "A document needs at least one title line.", basePath + ".titleLines");
            Require(
                string.Equals(d.Title, string.Concat(d.TitleLines.Select(t => t.Text)), StringComparison.Ordinal),
                "The title must equal its title lines joined.",
                basePath + ".title");

            var documentId = IdText.ParseData<DocumentId>(d.Id, basePath + ".id");
            var chapters = d.Chapters.Select((c, i) => ReadChapter(documentId, c, i)).ToValueList();
            var groups = d.Groups.Select((g, i) => ReadGroup(documentId, g, i, chapters.Count)).ToValueList();
            var measures = d.Measures.Select((m, i) => ReadMeasure(documentId, m, i, groups)).ToValueList();
            var errata = d.Errata.Select((e, i) => ReadErratum(documentId, e, i, measures.Count)).ToValueList();

            ImplicitImplementer? implementer = null;
            if (d.ImplicitImplementer is { } ii)
            {
                implementer = new ImplicitImplementer(Department(ii.Department, basePath + ".implicitImplementer.department"), ii.Note, Span(ii.Span, basePath + ".implicitImplementer.span", ii.Note.Length));
            }

            return new PolicyDocument
            {
                Id = IdText.ParseData<DocumentId>(d.Id, basePath + ".id"),
                Year = d.Year,
                Title = d.Title,
                TitleLines = d.TitleLines.Select((p, i) => Paragraph(p, $"{basePath}.titleLines[{i}]")).ToValueList(),
                Label = d.Label is { } label ? Paragraph(label, basePath + ".label") : null,
                Preamble = d.Preamble.Select((p, i) => Paragraph(p, $"{basePath}.preamble[{i}]")).ToValueList(),
                Chapters = chapters,
                Groups = groups,
                Measures = measures,
                Closing = d.Closing.Select((p, i) => Paragraph(p, $"{basePath}.closing[{i}]")).ToValueList(),
                ImplicitImplementer = implementer,
                Errata = errata,
                Source = ReadSource(d.Source),
            };
        }

        private DocumentSource ReadSource(SourceJson s)
        {
            var path = basePath + ".source";
            Require(s.Sha256.Length == 64 && s.Sha256.All(char.IsAsciiHexDigitLower), "sha256 must be 64 lower-case hex digits.", path + ".sha256");
            LocalDate? printed = null;
            if (s.PrintedDate is { } text)
            {
                printed = ParseDate(text, path + ".printedDate");
            }

            Require((s.PrintedDate is null) == (s.PrintedDateSpan is null), "printedDate and printedDateSpan are given together or not at all.", path + ".printedDateSpan");
            return new DocumentSource(
                s.SeedFile,
                s.Sha256,
                ParseEnum<DocumentSourceKind>(s.Kind, path + ".kind"),
                printed,
                s.PrintedDateSpan is { } span ? Span(span, path + ".printedDateSpan", null) : null);
        }

        private Chapter ReadChapter(DocumentId documentId, ChapterJson c, int index)
        {
            var path = $"{basePath}.chapters[{index}]";
            Require(c.Number == index + 1, $"Chapter number {c.Number} stands where {index + 1} was expected.", path + ".number");
            return new Chapter(
                documentId, c.Number, c.Numeral, c.Title, Span(c.TitleSpan, path + ".titleSpan", c.Title.Length), c.Heading, Span(c.HeadingSpan, path + ".headingSpan", c.Heading.Length), c.CorrectedTitle);
        }

        private MeasureGroup ReadGroup(DocumentId documentId, GroupJson g, int index, int chapterCount)
        {
            var path = $"{basePath}.groups[{index}]";
            NoNullItems(g.Body, path + ".body");
            Require(g.Number == index + 1, $"Group number {g.Number} stands where {index + 1} was expected.", path + ".number");
            Require(g.Chapter >= 1 && g.Chapter <= chapterCount, $"Group {g.Number} names chapter {g.Chapter}, but the document has chapters 1 to {chapterCount}.", path + ".chapter");
            var group = new MeasureGroup(
                documentId,
                g.Number,
                g.Numeral,
                g.Chapter,
                g.Title,
                Span(g.TitleSpan, path + ".titleSpan", g.Title.Length),
                g.Heading,
                Span(g.HeadingSpan, path + ".headingSpan", g.Heading.Length),
                g.CorrectedTitle,
                g.Body.Select((p, i) => Paragraph(p, $"{path}.body[{i}]")).ToValueList());
            Require(string.Equals(group.Text, g.Text, StringComparison.Ordinal), "The group's text must equal its body paragraphs joined by newlines (null where it has none).", path + ".text");
            return group;
        }

        private Measure ReadMeasure(DocumentId documentId, MeasureJson m, int index, ValueList<MeasureGroup> groups)
        {
            var path = $"{basePath}.measures[{index}]";
            Require(m.Number == index + 1, $"Measure number {m.Number} stands where {index + 1} was expected.", path + ".number");
            var id = new MeasureId(documentId, m.Number);
            Require(string.Equals(m.Id, id.ToString(), StringComparison.Ordinal), $"The measure id '{m.Id}' does not match its document and number; expected '{id}'.", path + ".id");
            NoNullItems(m.Targets, path + ".targets");
            NoNullItems(m.Conditions, path + ".conditions");
            Require(m.Group >= 1 && m.Group <= groups.Count, $"Measure {m.Number} names group {m.Group}, but the document has groups 1 to {groups.Count}.", path + ".group");
            Require(groups[m.Group - 1].ChapterNumber == m.Chapter, $"Measure {m.Number} names chapter {m.Chapter}, but its group {m.Group} is in chapter {groups[m.Group - 1].ChapterNumber}.", path + ".chapter");
            Require(!string.IsNullOrWhiteSpace(m.Text), "A measure needs its text.", path + ".text");
            return new Measure
            {
                Id = id,
                ChapterNumber = m.Chapter,
                GroupNumber = m.Group,
                Text = m.Text,
                TextSpan = Span(m.TextSpan, path + ".textSpan", m.Text.Length),
                CorrectedText = m.CorrectedText,
                Verbatim = m.Verbatim,
                Span = Span(m.Span, path + ".span", m.Verbatim.Length),
                Responsibility = ReadResponsibility(m.Responsibility, path + ".responsibility"),
                Targets = m.Targets.Select((t, i) => TargetJsonMapper.ReadTarget(t, id, i, $"{path}.targets[{i}]", Span)).ToValueList(),
                Conditions = m.Conditions.Select((c, i) => TargetJsonMapper.ReadCondition(c, id, i, $"{path}.conditions[{i}]", Span)).ToValueList(),
            };
        }

        private Responsibility ReadResponsibility(ResponsibilityJson r, string path)
        {
            NoNullItems(r.Departments, path + ".departments");
            NoNullItems(r.Mentions, path + ".mentions");
            Require(r.Mentions.Count > 0, "A responsibility lists at least one department.", path + ".mentions");
            Require(
                r.Departments.SequenceEqual(r.Mentions.Select(x => x.Department), StringComparer.Ordinal),
                "departments must list the mentions' departments in written order.",
                path + ".departments");
            var mentions = r.Mentions.Select((x, i) => new DepartmentMention(
                x.Name,
                Department(x.Department, $"{path}.mentions[{i}].department"),
                x.Span is { } span ? Span(span, $"{path}.mentions[{i}].span", x.Name.Length) : null)).ToValueList();
            var mode = ParseEnum<ResponsibilityMode>(r.Mode, path + ".mode");
            var rule = ParseEnum<LeadRule>(r.Rule, path + ".rule");

            // Each mode has exactly one rule (as the parser reads them); a contradictory pair would make a lead
            // appear or vanish, and Responsibility.Explanation would have no lead to name.
            var expectedRule = mode switch
            {
                ResponsibilityMode.Sole => LeadRule.SoleResponsibility,
                ResponsibilityMode.LeadFirst => LeadRule.FirstListedLeads,
                ResponsibilityMode.ByDivisionOfDuties => LeadRule.NoLeadByDivisionOfDuties,
                _ => LeadRule.NoLeadRespectively,
            };
            Require(rule == expectedRule, $"Rule '{r.Rule}' contradicts mode '{r.Mode}'; that mode goes with rule '{EnumNames.ToJson(expectedRule)}'.", path + ".rule");
            Require(mode != ResponsibilityMode.Sole || mentions.Count == 1, $"Mode 'sole' lists exactly one department, not {mentions.Count}.", path + ".mentions");
            Require(mode != ResponsibilityMode.LeadFirst || mentions.Count >= 2, "Mode 'leadFirst' lists two or more departments.", path + ".mentions");
            Department? lead = null;
            if (r.Lead is { } leadId)
            {
                lead = Department(leadId, path + ".lead");
                Require(mentions[0].Department.Id.ToString() == leadId, "The lead must be the first listed department.", path + ".lead");
            }

            var expectsLead = mode is ResponsibilityMode.Sole or ResponsibilityMode.LeadFirst;
            Require(expectsLead == lead is not null, $"Mode '{r.Mode}' {(expectsLead ? "needs" : "has no")} lead.", path + ".lead");
            return new Responsibility
            {
                Text = r.Text,
                Span = Span(r.Span, path + ".span", r.Text.Length),
                Departments = mentions,
                Mode = mode,
                Lead = lead,
                Rule = rule,
                RuleSource = r.RuleSource is { } source ? Span(source, path + ".ruleSource", null) : null,
                OpenEnded = r.OpenEnded,
            };
        }

        private Erratum ReadErratum(DocumentId documentId, ErratumJson e, int index, int measureCount)
        {
            var path = $"{basePath}.errata[{index}]";
            Require(e.Measure is null || (e.Measure >= 1 && e.Measure <= measureCount), $"Erratum names measure {e.Measure}, but the document has measures 1 to {measureCount}.", path + ".measure");
            return new Erratum(IdText.ParseData<ErratumId>(e.Id, path + ".id"), documentId, ParseEnum<ErratumKind>(e.Kind, path + ".kind"), e.Location, e.Measure, Span(e.Span, path + ".span", e.Verbatim.Length), e.Verbatim, e.Correction, e.Explanation);
        }

        private Paragraph Paragraph(ParagraphJson p, string path) => new(p.Text, Span(p.Span, path + ".span", p.Text.Length), p.CorrectedText);

        private Department Department(string id, string path) =>
            registry.TryGet(id, out var department)
                ? department
                : throw new PolicyDataException($"The department {Jilin.Urbanization.Domain.Data.StrictText.Quote(id)} is not in $.departments.", path);

        private SourceSpan Span(SpanJson s, string path, int? expectedLength)
        {
            Require(s.Offset >= 0 && s.Length >= 0 && s.Line >= 1 && s.Column >= 1, "A span needs offset ≥ 0, length ≥ 0, line ≥ 1 and column ≥ 1.", path);
            Require(
                (long)s.Offset + s.Length <= MaxSeedLength && s.Line <= MaxSeedLength && s.Column <= MaxSeedLength,
                string.Create(CultureInfo.InvariantCulture, $"A span must lie inside a text a string can hold: offset + length, line and column at most {MaxSeedLength}."),
                path);
            Require(expectedLength is null || s.Length == expectedLength, string.Create(CultureInfo.InvariantCulture, $"The span's length {s.Length} differs from its text's length {expectedLength}."), path + ".length");
            return new SourceSpan(seedFile, s.Offset, s.Length, s.Line, s.Column);
        }
    }
}
