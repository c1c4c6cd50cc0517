using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>
/// Turns the text of a Jilin provincial policy document of the usual form into a <see cref="PolicyDocument"/>:
/// an optional label (附件), a title of one or more lines, preamble paragraphs, chapters (一、), groups ((一) or
/// （一）, numbered through the document), numbered measures (<c>1.</c>) ending in a responsibility parenthetical,
/// group body text where a group has no measures, and closing paragraphs. Page chrome around a scraped page is
/// skipped. The embedded catalog is what this parser makes of the seed files, so users can load later years'
/// documents of the same form the same way.
/// </summary>
public static class PolicyTextParser
{
    private static readonly SearchValues<char> ChromePunctuation = SearchValues.Create(":：!！?？…>•@");
    private static readonly SearchValues<char> NoteClosers = SearchValues.Create("]］】");

    /// <summary>What ends a clause: a sentence end or a comma, full- or half-width.</summary>
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。；;，,");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses a seed file's bytes (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="utf8">The file's bytes; the SHA-256 recorded in <see cref="DocumentSource"/> is theirs.</param>
    /// <param name="options">The document's id, year, seed name and department registry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are incomplete.</exception>
    /// <exception cref="PolicyDataException">The bytes are not UTF-8, or the text is not of the expected form; the location says where.</exception>
    public static PolicyDocument Parse(byte[] utf8, PolicyTextParserOptions options)
    {
        Guard.Against.Null(utf8);
        Guard.Against.Null(options);
        options.Validate();
        var text = Decode(utf8, options.SeedFile);
        return ParseCore(text, Convert.ToHexStringLower(SHA256.HashData(utf8)), options);
    }

    /// <summary>
    /// Parses seed bytes whose SHA-256 the caller has just computed and checked (the embedded loader), so the hash
    /// is not computed a second time. Same checks and result as <see cref="Parse(byte[], PolicyTextParserOptions)"/>.
    /// </summary>
    internal static PolicyDocument ParseVerified(byte[] utf8, string sha256, PolicyTextParserOptions options)
    {
        options.Validate();
        return ParseCore(Decode(utf8, options.SeedFile), sha256, options);
    }

    private static string Decode(byte[] utf8, string seedFile)
    {
        try
        {
            var bytes = utf8.AsSpan();
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new PolicyDataException("The policy text is not valid UTF-8.", seedFile, e);
        }
    }

    /// <summary>Parses a policy text. The recorded SHA-256 is that of the text's UTF-8 encoding.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="options">The document's id, year, seed name and department registry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are incomplete.</exception>
    /// <exception cref="PolicyDataException">The text is not of the expected form; the location says where.</exception>
    public static PolicyDocument Parse(string text, PolicyTextParserOptions options)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(options);
        options.Validate();
        RefuseLoneSurrogates(text, options.SeedFile);
        return ParseCore(text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), options);
    }

    /// <summary>
    /// A string with a lone surrogate is not Unicode text: it has no UTF-8 form, so its hash and its JSON export
    /// would silently hold U+FFFD instead. It is refused, as invalid UTF-8 bytes are.
    /// </summary>
    private static void RefuseLoneSurrogates(string text, string seedFile)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            throw new PolicyDataException(
                $"The policy text holds a lone surrogate (U+{(int)text[i]:X4}), so it is not valid Unicode; fix the text's encoding.",
                new SourceText(text, seedFile).Location(i));
        }
    }

    private static PolicyDocument ParseCore(string text, string sha256, PolicyTextParserOptions options) =>
        new DocumentBuilder(new SourceText(text, options.SeedFile), sha256, options).Build();

    /// <summary>The state of one parse; not shared, so parsing is thread-safe.</summary>
    private sealed class DocumentBuilder(SourceText source, string sha256, PolicyTextParserOptions options)
    {
        private readonly ErrataBook errata = new();
        private readonly List<(int Start, int Length)> titleLines = [];
        private readonly List<(int Start, int Length)> preamble = [];
        private readonly List<(int Start, int Length)> closing = [];
        private readonly List<ChapterDraft> chapters = [];
        private readonly List<GroupDraft> groups = [];
        private readonly List<MeasureDraft> measures = [];
        private (int Start, int Length)? label;
        private (int Start, int Length)? printedDate;
        private LocalDate? printedDateValue;
        private char documentOpenParenthesis;

        private string Text => source.Text;

        public PolicyDocument Build()
        {
            var firstChapterLine = FindFirstChapterLine();
            ReadFrontMatter(firstChapterLine);
            ReadBody(firstChapterLine);
            if (measures.Count == 0)
            {
                throw new PolicyDataException("The text has chapters but no numbered measures (1. …).", source.SeedFile);
            }

            DetectStraySpaces();
            ApplyCuratedErrata();
            return Assemble();
        }

        private int FindFirstChapterLine()
        {
            for (var i = 0; i < source.LineCount; i++)
            {
                var (start, length) = source.TrimmedLine(i);
                if (ReadChapterHeading(start, length) is { Number: 1 })
                {
                    return i;
                }
            }

            throw new PolicyDataException("No first chapter heading (一、…) was found, so this is not a policy text of the expected form.", source.SeedFile);
        }

        /// <summary>Reads backwards from chapter 一: preamble paragraphs, then title lines, then a label such as 附件.</summary>
        private void ReadFrontMatter(int firstChapterLine)
        {
            var line = firstChapterLine - 1;
            for (; line >= 0; line--)
            {
                var (start, length) = source.TrimmedLine(line);
                if (length == 0)
                {
                    continue;
                }

                if (!IsProse(start, length))
                {
                    break;
                }

                preamble.Insert(0, (start, length));
            }

            for (; line >= 0; line--)
            {
                var (start, length) = source.TrimmedLine(line);
                if (length == 0)
                {
                    continue;
                }

                if (IsLabel(start, length))
                {
                    label = (start, length);
                    line--;
                    break;
                }

                if (IsProse(start, length) || HasChromePunctuation(start, length))
                {
                    break;
                }

                titleLines.Insert(0, (start, length));
            }

            if (titleLines.Count == 0)
            {
                throw new PolicyDataException(
                    "No title was found above the preamble and the first chapter: the title is the line (or lines) without sentence punctuation just above them.",
                    source.Location(source.TrimmedLine(firstChapterLine).Start));
            }

            // A scraped page may print a publication date in its chrome above the title (发布时间:2022年09月19日).
            for (var i = Math.Max(line, 0); i >= 0 && printedDate is null; i--)
            {
                FindPrintedDate(i);
            }
        }

        private void FindPrintedDate(int line)
        {
            var (start, length) = source.TrimmedLine(line);
            var content = Text.AsSpan(start, length);
            foreach (var marker in (ReadOnlySpan<string>)["发布时间", "发布日期"])
            {
                var at = content.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var dateStart = at + marker.Length;
                while (dateStart < content.Length && content[dateStart] is ':' or '：' or ' ' or '\u00a0')
                {
                    dateStart++;
                }

                var end = content[dateStart..].IndexOf('日');
                if (end < 0)
                {
                    continue;
                }

                var dateText = content.Slice(dateStart, end + 1).ToString();
                if (LocalDatePattern.TryParse(dateText, out var date))
                {
                    printedDate = (start + dateStart, end + 1);
                    printedDateValue = date;
                    return;
                }
            }
        }

        private void ReadBody(int firstChapterLine)
        {
            for (var line = firstChapterLine; line < source.LineCount; line++)
            {
                var (start, length) = source.TrimmedLine(line);
                if (length == 0)
                {
                    continue;
                }

                if (IsBodyEnd(start, length))
                {
                    RefusePolicyContentAfterBodyEnd(line);
                    return;
                }

                if (ReadChapterHeading(start, length) is { } chapter)
                {
                    Expect("chapter", chapter.Number, chapters.Count + 1, start);
                    EnsureNoClosing(start);
                    chapters.Add(chapter);
                }
                else if (ReadGroupHeading(start, length) is { } group)
                {
                    Expect("group", group.Number, groups.Count + 1, start);
                    EnsureNoClosing(start);
                    groups.Add(group);
                }
                else if (ReadMeasure(start, length) is { } measure)
                {
                    Expect("measure", measure.Number, measures.Count + 1, start);
                    EnsureNoClosing(start);
                    var current = CurrentGroup(start, "A numbered measure");
                    if (current.Body.Count > 0)
                    {
                        throw new PolicyDataException(
                            $"Group ({current.Numeral}) has body text and then numbered measures; a group holds one or the other.",
                            source.Location(start));
                    }

                    measures.Add(measure);
                    current.MeasureCount++;
                }
                else
                {
                    var current = CurrentGroup(start, "A paragraph");
                    if (current.MeasureCount > 0)
                    {
                        closing.Add((start, length)); // closing text, valid only if no heading follows
                    }
                    else
                    {
                        current.Body.Add((start, length));
                    }
                }
            }
        }

        private GroupDraft CurrentGroup(int offset, string what)
        {
            if (groups.Count == 0 || groups[^1].ChapterNumber != chapters.Count)
            {
                throw new PolicyDataException(
                    $"{what} stands outside any measure group ((一)…); every chapter's text belongs to a group.",
                    source.Location(offset));
            }

            return groups[^1];
        }

        private void EnsureNoClosing(int offset)
        {
            if (closing.Count > 0)
            {
                throw new PolicyDataException(
                    "A paragraph stands between a group's numbered measures and the next heading; only the document's closing text may follow the measures.",
                    source.Location(closing[0].Start));
            }

            _ = offset;
        }

        private void Expect(string what, int number, int expected, int offset)
        {
            if (number != expected)
            {
                throw new PolicyDataException(
                    $"The {what} numbered {number} stands where {what} {expected} was expected; the numbering must run on without gaps or repeats.",
                    source.Location(offset));
            }
        }

        private ChapterDraft? ReadChapterHeading(int start, int length)
        {
            var content = Text.AsSpan(start, length);
            var numeralLength = 0;
            while (numeralLength < content.Length && ChineseNumeral.IsNumeralChar(content[numeralLength]))
            {
                numeralLength++;
            }

            if (numeralLength == 0 || numeralLength >= content.Length - 1 || content[numeralLength] != '、')
            {
                return null;
            }

            var number = ChineseNumeral.Parse(content[..numeralLength]);
            if (number < 1)
            {
                return null;
            }

            var title = source.Trim(start + numeralLength + 1, length - numeralLength - 1);
            return new ChapterDraft(number, content[..numeralLength].ToString(), (start, length), title);
        }

        /// <summary>
        /// Only page chrome (copyright, registration numbers, navigation) may follow a body-end marker such as 返回列表.
        /// A line there that reads as policy structure — a chapter heading (九、…), a group heading ((一)…) or a numbered
        /// item (1.…) — would otherwise vanish without a trace, so the text is refused at that line.
        /// </summary>
        private void RefusePolicyContentAfterBodyEnd(int markerLine)
        {
            for (var line = markerLine + 1; line < source.LineCount; line++)
            {
                var (start, length) = source.TrimmedLine(line);
                var what = length == 0 ? null
                    : ReadChapterHeading(start, length) is not null ? "a chapter heading"
                    : GroupHeadingClose(Text.AsSpan(start, length), out _) > 0 ? "a group heading"
                    : NumberedItemDigits(Text.AsSpan(start, length)) > 0 ? "a numbered item"
                    : null;
                if (what is not null)
                {
                    var (markerStart, markerLength) = source.TrimmedLine(markerLine);
                    var marker = Text.AsSpan(markerStart, Math.Min(markerLength, 16)).ToString();
                    throw new PolicyDataException(
                        $"The text goes on after the page footer '{marker}' at {source.Location(markerStart)} with what reads as {what} ({TextPreview.Of(Text.Substring(start, Math.Min(length, 64)))}); the parser ends the body at the footer, so it would be dropped. Remove the footer line if the text belongs to the document, or the text if it does not.",
                        source.Location(start));
                }
            }
        }

        /// <summary>The digits of a numbered item (<c>12.</c> or <c>12．</c> followed by text, not by a digit), or 0.</summary>
        private static int NumberedItemDigits(ReadOnlySpan<char> content)
        {
            var digits = 0;
            while (digits < content.Length && char.IsAsciiDigit(content[digits]))
            {
                digits++;
            }

            return digits is > 0 and <= 4 && digits < content.Length - 1 && content[digits] is '.' or '．' && !char.IsAsciiDigit(content[digits + 1])
                ? digits
                : 0;
        }

        /// <summary>The index of the closing parenthesis of a group heading (<c>(一)</c> or <c>（一）</c> then a title), or -1; <paramref name="number"/> is the group's number.</summary>
        private static int GroupHeadingClose(ReadOnlySpan<char> content, out int number)
        {
            number = 0;
            if (content.Length < 4 || content[0] is not ('(' or '（'))
            {
                return -1;
            }

            var close = content.IndexOfAny(')', '）');
            if (close < 2 || close >= content.Length - 1)
            {
                return -1;
            }

            number = ChineseNumeral.Parse(content[1..close]);
            return number < 1 ? -1 : close;
        }

        private GroupDraft? ReadGroupHeading(int start, int length)
        {
            var content = Text.AsSpan(start, length);
            var close = GroupHeadingClose(content, out var number);
            if (close < 0)
            {
                return null;
            }

            var title = source.Trim(start + close + 1, length - close - 1);
            var draft = new GroupDraft(number, content[1..close].ToString(), chapters.Count, (start, length), title);
            if (documentOpenParenthesis == default)
            {
                documentOpenParenthesis = content[0];
            }
            else if (content[0] != documentOpenParenthesis)
            {
                var (wantOpen, wantClose) = documentOpenParenthesis == '(' ? ("(", ")") : ("（", "）");
                errata.Add(
                    ErratumKind.MixedParenthesisStyle,
                    $"group {number} heading",
                    null,
                    start,
                    content[..(close + 1)].ToString(),
                    $"{wantOpen}{draft.Numeral}{wantClose}",
                    $"This heading's parentheses are {(content[0] == '(' ? "half-width" : "full-width")}, unlike the rest of the document's group headings; the heading is read all the same.");
            }

            return draft;
        }

        private MeasureDraft? ReadMeasure(int start, int length)
        {
            var content = Text.AsSpan(start, length);
            var digits = 0;
            while (digits < content.Length && char.IsAsciiDigit(content[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits > 4 || digits >= content.Length - 1 || content[digits] is not ('.' or '．'))
            {
                return null;
            }

            var number = int.Parse(content[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            var bodyStart = start + digits + 1;
            var body = Text.AsSpan(bodyStart, start + length - bodyStart);
            int open;
            int responsibilityLength;
            if (body[^1] is ')' or '）')
            {
                open = MatchingOpen(body);
                if (open < 0)
                {
                    throw new PolicyDataException($"Measure {number} ends with a closing parenthesis that nothing opens.", source.Location(start + length - 1));
                }

                responsibilityLength = body.Length - open - 2;
            }
            else
            {
                // A parenthetical that opens and never closes (2022 items 30 and 70): read it to the end of the line.
                open = body.LastIndexOfAny('(', '（');
                if (open < 0 || body[open..].IndexOf("负责", StringComparison.Ordinal) < 0 || body[open..].IndexOfAny(')', '）') >= 0)
                {
                    throw new PolicyDataException(
                        $"Measure {number} does not end in a responsibility parenthetical such as (省教育厅负责).",
                        source.Location(start + length - 1));
                }

                responsibilityLength = body.Length - open - 1;
                var closeWith = body[open] == '(' ? ")" : "）";
                errata.Add(
                    ErratumKind.MissingClosingParenthesis,
                    $"measure {number} responsibility",
                    number,
                    start + length,
                    string.Empty,
                    closeWith,
                    $"The responsibility parenthetical opens with '{body[open]}' but is never closed; it is read to the end of the item.");
            }

            var text = source.Trim(bodyStart, open);
            var responsibility = source.Trim(bodyStart + open + 1, responsibilityLength);
            if (text.Length == 0 || responsibility.Length == 0)
            {
                throw new PolicyDataException($"Measure {number} has an empty text or an empty responsibility parenthetical.", source.Location(start));
            }

            return new MeasureDraft(number, chapters.Count, groups.Count, (start, length), text, responsibility);
        }

        private static int MatchingOpen(ReadOnlySpan<char> body)
        {
            var depth = 0;
            for (var i = body.Length - 1; i >= 0; i--)
            {
                switch (body[i])
                {
                    case ')' or '）':
                        depth++;
                        break;
                    case '(' or '（':
                        depth--;
                        if (depth == 0)
                        {
                            return i;
                        }

                        break;
                }
            }

            return -1;
        }

        private void DetectStraySpaces()
        {
            foreach (var (start, length) in titleLines)
            {
                errata.DetectStraySpaces(Text, start, length, "title", null);
            }

            foreach (var (start, length) in preamble)
            {
                errata.DetectStraySpaces(Text, start, length, "preamble", null);
            }

            foreach (var chapter in chapters)
            {
                errata.DetectStraySpaces(Text, chapter.Title.Start, chapter.Title.Length, $"chapter {chapter.Number} title", null);
            }

            foreach (var group in groups)
            {
                errata.DetectStraySpaces(Text, group.Title.Start, group.Title.Length, $"group {group.Number} title", null);
                foreach (var (start, length) in group.Body)
                {
                    errata.DetectStraySpaces(Text, start, length, $"group {group.Number} text", null);
                }
            }

            foreach (var measure in measures)
            {
                errata.DetectStraySpaces(Text, measure.Text.Start, measure.Text.Length, $"measure {measure.Number} text", measure.Number);
                errata.DetectStraySpaces(Text, measure.Responsibility.Start, measure.Responsibility.Length, $"measure {measure.Number} responsibility", measure.Number);
            }

            foreach (var (start, length) in closing)
            {
                errata.DetectStraySpaces(Text, start, length, "closing", null);
            }
        }

        private void ApplyCuratedErrata()
        {
            foreach (var definition in options.Errata.Where(d => d.DocumentId == options.DocumentId))
            {
                if (definition.MeasureNumber < 1 || definition.MeasureNumber > measures.Count)
                {
                    throw new PolicyDataException(
                        $"A curated erratum names measure {definition.MeasureNumber}, but the document has measures 1 to {measures.Count}.",
                        $"errata:{definition.DocumentId}/{definition.MeasureNumber}");
                }

                var measure = measures[definition.MeasureNumber - 1];
                var (start, length) = definition.Part == MeasurePart.Text ? measure.Text : measure.Responsibility;
                var part = Text.AsSpan(start, length);
                var at = part.IndexOf(definition.Verbatim, StringComparison.Ordinal);
                if (definition.Verbatim.Length == 0 || at < 0 || part[(at + 1)..].IndexOf(definition.Verbatim, StringComparison.Ordinal) >= 0)
                {
                    throw new PolicyDataException(
                        $"The curated erratum '{definition.Verbatim}' must occur exactly once in measure {definition.MeasureNumber}'s {definition.Part.ToString().ToLowerInvariant()}.",
                        $"errata:{definition.DocumentId}/{definition.MeasureNumber}");
                }

                if (errata.FindOverlap(start + at, definition.Verbatim.Length) is { } other)
                {
                    throw new PolicyDataException(
                        $"The curated erratum '{definition.Verbatim}' in measure {definition.MeasureNumber} overlaps the erratum '{other.Verbatim}' ({other.Kind}); errata must cover separate characters.",
                        $"errata:{definition.DocumentId}/{definition.MeasureNumber}");
                }

                errata.Add(
                    definition.Kind,
                    $"measure {definition.MeasureNumber} {definition.Part.ToString().ToLowerInvariant()}",
                    definition.MeasureNumber,
                    start + at,
                    definition.Verbatim,
                    definition.Correction,
                    definition.Explanation);
            }
        }

        private PolicyDocument Assemble()
        {
            var documentId = options.DocumentId;
            var builtErrata = errata.Build(documentId, source);
            var rule = builtErrata.FirstOrDefault(e => e.Kind == ErratumKind.RuleInResponsibility);
            SourceSpan? ruleSource = null;
            if (rule is not null)
            {
                // The rule sentence without its leading separator: 除按职责分工负责外,列第一位为牵头部门.
                var (ruleStart, ruleLength) = source.Trim(rule.Span.Offset + 1, rule.Span.Length - 1);
                ruleSource = source.Span(ruleStart, ruleLength);
            }

            var builtChapters = chapters.Select(c =>
            {
                var title = Text.Substring(c.Title.Start, c.Title.Length);
                return new Chapter(
                    documentId,
                    c.Number,
                    c.Numeral,
                    title,
                    source.Span(c.Title.Start, c.Title.Length),
                    Text.Substring(c.Heading.Start, c.Heading.Length),
                    source.Span(c.Heading.Start, c.Heading.Length),
                    errata.Correct(Text, c.Title.Start, c.Title.Length, title));
            }).ToValueList();

            var builtGroups = groups.Select(g =>
            {
                var title = Text.Substring(g.Title.Start, g.Title.Length);
                return new MeasureGroup(
                    documentId,
                    g.Number,
                    g.Numeral,
                    g.ChapterNumber,
                    title,
                    source.Span(g.Title.Start, g.Title.Length),
                    Text.Substring(g.Heading.Start, g.Heading.Length),
                    source.Span(g.Heading.Start, g.Heading.Length),
                    errata.Correct(Text, g.Title.Start, g.Title.Length, title),
                    g.Body.Select(p => source.Paragraph(p.Start, p.Length, errata)).ToValueList());
            }).ToValueList();

            // A plan for one year names its year in its title (吉林省2021年…重点任务): undated tasks are due within it.
            var annualPlan = titleLines.Any(t => Text.AsSpan(t.Start, t.Length).Contains($"{options.Year}年", StringComparison.Ordinal));
            var targetExtractor = new TargetExtractor(source, documentId, options.Year, annualPlan, options.TargetAnnotations ?? EmbeddedTargetAnnotations.Value);
            targetExtractor.EnsureAllMeasuresExist(measures.Count);
            var builtMeasures = measures.Select(m =>
            {
                var responsibilitySpan = source.Span(m.Responsibility.Start, m.Responsibility.Length);
                var measureId = new MeasureId(documentId, m.Number);
                var (targets, conditions) = targetExtractor.Extract(measureId, m.Text.Start, m.Text.Length);
                var text = Text.Substring(m.Text.Start, m.Text.Length);
                var responsibility = Text.Substring(m.Responsibility.Start, m.Responsibility.Length);
                return new Measure
                {
                    Id = measureId,
                    ChapterNumber = m.ChapterNumber,
                    GroupNumber = m.GroupNumber,
                    Text = text,
                    TextSpan = source.Span(m.Text.Start, m.Text.Length),
                    CorrectedText = errata.Correct(Text, m.Text.Start, m.Text.Length, text),
                    Verbatim = Text.Substring(m.Line.Start, m.Line.Length),
                    Span = source.Span(m.Line.Start, m.Line.Length),
                    Responsibility = ResponsibilityReader.Read(
                        responsibility,
                        responsibilitySpan,
                        errata.Correct(Text, m.Responsibility.Start, m.Responsibility.Length, responsibility),
                        options.Departments,
                        ruleSource,
                        offset => source.Location(m.Responsibility.Start + offset)),
                    Targets = targets,
                    Conditions = conditions,
                };
            }).ToValueList();

            var printedSpan = printedDate is { } p ? source.Span(p.Start, p.Length) : (SourceSpan?)null;
            var builtClosing = closing.Select(t => source.Paragraph(t.Start, t.Length, errata)).ToValueList();
            return new PolicyDocument
            {
                Id = documentId,
                Year = options.Year,
                Title = string.Concat(titleLines.Select(t => Text.Substring(t.Start, t.Length))),
                TitleLines = titleLines.Select(t => source.Paragraph(t.Start, t.Length, errata)).ToValueList(),
                Label = label is { } l ? source.Paragraph(l.Start, l.Length, errata) : null,
                Preamble = preamble.Select(t => source.Paragraph(t.Start, t.Length, errata)).ToValueList(),
                Chapters = builtChapters,
                Groups = builtGroups,
                Measures = builtMeasures,
                Closing = builtClosing,
                ImplicitImplementer = FindImplicitImplementer(builtGroups.SelectMany(g => g.Body).Concat(builtClosing)),
                Errata = builtErrata,
                Source = new DocumentSource(
                    options.SeedFile,
                    sha256,
                    IsScraped() ? DocumentSourceKind.ScrapedWebPage : DocumentSourceKind.PlainText,
                    printedDateValue,
                    printedSpan),
            };
        }

        /// <summary>
        /// Finds the body a document makes responsible for all its tasks without listing it again, in group bodies and
        /// the closing paragraphs, by either wording: a note such as [以下任务均需各县(市)政府落实,不再列出] (every task
        /// below is also carried out by the named body), or a sentence such as
        /// 各市（县）是落实2021年…重点任务的实施主体 (the named body is the implementing subject of the tasks). The first
        /// found, in document order, is the implementer.
        /// </summary>
        private ImplicitImplementer? FindImplicitImplementer(IEnumerable<Paragraph> paragraphs)
        {
            foreach (var paragraph in paragraphs)
            {
                if ((FindNote(paragraph) ?? FindImplementingSubject(paragraph)) is { } found)
                {
                    return Implementer(paragraph, found.NameStart, found.NameEnd, found.NoteStart, found.NoteEnd);
                }
            }

            return null;
        }

        /// <summary>[以下任务均需X落实,不再列出]: the name X and the note with its brackets.</summary>
        private static (int NameStart, int NameEnd, int NoteStart, int NoteEnd)? FindNote(Paragraph paragraph)
        {
            const string Opening = "以下任务均需";
            const string Closing = "落实";
            var at = paragraph.Text.IndexOf(Opening, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var nameStart = at + Opening.Length;
            var nameEnd = paragraph.Text.IndexOf(Closing, nameStart, StringComparison.Ordinal);
            if (nameEnd < 0)
            {
                return null;
            }

            var noteStart = at > 0 && paragraph.Text[at - 1] is '[' or '［' or '【' ? at - 1 : at;
            var noteEnd = paragraph.Text.AsSpan(nameEnd).IndexOfAny(NoteClosers);
            noteEnd = noteEnd < 0 ? nameEnd + Closing.Length : noteEnd + nameEnd + 1;
            return (nameStart, nameEnd, noteStart, noteEnd);
        }

        /// <summary>X是落实…的实施主体 within one clause: the name X (from the clause's start) and the words up to 实施主体.</summary>
        private static (int NameStart, int NameEnd, int NoteStart, int NoteEnd)? FindImplementingSubject(Paragraph paragraph)
        {
            const string Is = "是落实";
            const string Subject = "的实施主体";
            var text = paragraph.Text;
            for (var at = text.IndexOf(Is, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Is, at + 1, StringComparison.Ordinal))
            {
                var subjectAt = text.IndexOf(Subject, at + Is.Length, StringComparison.Ordinal);
                if (subjectAt < 0 || text.AsSpan(at, subjectAt - at).IndexOfAny(ClauseEnds) >= 0)
                {
                    continue;
                }

                var nameStart = text.AsSpan(0, at).LastIndexOfAny(ClauseEnds) + 1;
                while (nameStart < at && char.IsWhiteSpace(text[nameStart]))
                {
                    nameStart++;
                }

                if (nameStart < at)
                {
                    return (nameStart, at, nameStart, subjectAt + Subject.Length);
                }
            }

            return null;
        }

        private ImplicitImplementer Implementer(Paragraph paragraph, int nameStart, int nameEnd, int noteStart, int noteEnd)
        {
            var name = paragraph.Text[nameStart..nameEnd];
            var note = paragraph.Text[noteStart..noteEnd];
            var offset = paragraph.Span.Offset + noteStart;
            if (!options.Departments.TryResolve(name, out var department))
            {
                throw new PolicyDataException(
                    $"The implementer '{name}' named in '{note}' resolves to no department in the registry.",
                    source.Location(offset));
            }

            return new ImplicitImplementer(department, note, source.Span(offset, noteEnd - noteStart));
        }

        private bool IsScraped() => printedDate is not null || firstBodyEndFound;

        private bool firstBodyEndFound;

        private bool IsBodyEnd(int start, int length)
        {
            var content = Text.AsSpan(start, length);
            foreach (var marker in options.BodyEndMarkers)
            {
                if (content.StartsWith(marker, StringComparison.Ordinal))
                {
                    firstBodyEndFound = true;
                    return true;
                }
            }

            return false;
        }

        private bool IsProse(int start, int length)
        {
            var content = Text.AsSpan(start, length);
            return content.IndexOfAny('。', '；') >= 0;
        }

        private bool HasChromePunctuation(int start, int length) =>
            Text.AsSpan(start, length).IndexOfAny(ChromePunctuation) >= 0;

        private bool IsLabel(int start, int length)
        {
            var content = Text.AsSpan(start, length);
            return content.StartsWith("附件", StringComparison.Ordinal) && content.Length <= 4 && content[2..].IndexOfAnyExceptInRange('0', '9') < 0;
        }
    }

    private sealed record ChapterDraft(int Number, string Numeral, (int Start, int Length) Heading, (int Start, int Length) Title);

    private sealed record GroupDraft(int Number, string Numeral, int ChapterNumber, (int Start, int Length) Heading, (int Start, int Length) Title)
    {
        public List<(int Start, int Length)> Body { get; } = [];

        public int MeasureCount { get; set; }
    }

    private sealed record MeasureDraft(
        int Number, int ChapterNumber, int GroupNumber, (int Start, int Length) Line, (int Start, int Length) Text, (int Start, int Length) Responsibility);
}
