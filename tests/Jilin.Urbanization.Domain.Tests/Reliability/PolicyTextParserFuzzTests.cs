using System.Text;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Parsing;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// <see cref="PolicyTextParser"/> on a user's document: the seed texts with lines deleted, duplicated and
/// swapped, characters flipped, truncated, and random Unicode inserted; random text and random bytes. It either
/// returns a document (which then works and round-trips through the catalog JSON) or throws
/// <see cref="PolicyDataException"/> with a <c>file:line:column</c> location; nothing else, and never hangs.
/// </summary>
public class PolicyTextParserFuzzTests
{
    private static readonly Jilin.Urbanization.Domain.Departments.DepartmentRegistry Registry = EmbeddedData.ReadDepartments();
    private static readonly ValueList<ErratumDefinition> Errata = EmbeddedData.ReadErrata();

    /// <summary>Characters a policy text is made of, so random insertions hit the parser's decisions, not just noise.</summary>
    private static readonly string Significant = "一二三四五六七八九十、(（)）.．。；负责按职责分工分别等省委政府附件\n\r \u3000\u00a0[]【】以下任务均需落实发布时间:2022年09月19日返回列表0123456789";

    private static readonly Gen<string> UnicodeText = Gen.OneOf(
        Gen.String[0, 8],
        Gen.Char[Significant].Array[1, 8].Select(c => new string(c)),
        Gen.Int[0x2E80, 0x9FFF].Select(c => ((char)c).ToString()),
        Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32),
        Gen.OneOfConst("\uD800", "\uDFFF", "\0", "\uFEFF", "\u200B", "\u2028"));

    [Theory]
    [InlineData(DocumentIds.UrbanizationTasks2021)]
    [InlineData(DocumentIds.CountyUrbanization2022)]
    public void A_mutated_seed_text_gives_a_usable_document_or_a_PolicyDataException(string documentId)
    {
        var seed = SeedManifest.Entries.Single(e => e.DocumentId == documentId);
        var lines = Seeds.Text(seed.FileName).Split('\n');
        var gen = LineMutation.Gen(lines.Length, UnicodeText).Array[1, 4];
        var parsed = 0;

        Documented.WithinTimeLimit(() => gen.Sample(
            mutations =>
            {
                var text = string.Join('\n', mutations.Aggregate(lines.ToList(), (current, m) => m.Apply(current)));
                if (ParseOrPolicyDataException(text, seed) is { } document)
                {
                    Interlocked.Increment(ref parsed);
                    UseAndRoundTrip(document);
                }
            },
            iter: 250,
            print: m => string.Join("; ", m.Select(x => x.ToString()))));

        parsed.Should().BePositive("many mutations leave a parsable document, so the accepting branch is exercised");
    }

    [Fact]
    public void Random_unicode_text_gives_a_document_or_a_PolicyDataException()
    {
        var gen = Gen.OneOf(
            Gen.String[0, 200],
            UnicodeText.Array[0, 60].Select(string.Concat),
            UnicodeText.Array[0, 30].Select(parts => "标题\n一、章\n(一)组\n1." + string.Concat(parts)));

        Documented.WithinTimeLimit(() => gen.Sample(
            text =>
            {
                if (ParseOrPolicyDataException(text, SeedManifest.Entries[0]) is { } document)
                {
                    UseAndRoundTrip(document);
                }
            },
            iter: 3000));
    }

    [Fact]
    public void Random_and_damaged_bytes_give_a_document_or_a_PolicyDataException()
    {
        var seed = SeedManifest.Entries[0];
        var bytes = Seeds.Bytes(seed.FileName);
        var gen = Gen.OneOf(
            Gen.Byte.Array[0, 100],
            Gen.Int[0, bytes.Length].Select(n => bytes[..n]),
            from at in Gen.Int[0, bytes.Length - 1]
            from b in Gen.Byte
            select bytes.Select((x, i) => i == at ? b : x).ToArray());

        Documented.WithinTimeLimit(() => gen.Sample(
            input =>
            {
                var document = Documented.ResultOrPolicyDataException(() => PolicyTextParser.Parse(input, Options(seed)));
                if (document is not null)
                {
                    UseAndRoundTrip(document);
                }
            },
            iter: 200));
    }

    [Fact]
    public void A_text_that_is_not_utf8_is_refused_with_the_seed_file_as_location()
    {
        var seed = SeedManifest.Entries[0];

        var parse = () => PolicyTextParser.Parse([0xE4, 0xB8], Options(seed));

        parse.Should().Throw<PolicyDataException>().WithMessage("*not valid UTF-8*").Which.Location.Should().Be(seed.FileName);
    }

    [Theory]
    [InlineData(0xD800, false)] // (code units, not strings: xunit would turn a lone surrogate into U+FFFD)
    [InlineData(0xDFFF, false)]
    [InlineData(0xDBFF, true)]
    public void A_text_with_a_lone_surrogate_is_refused_like_invalid_utf8_with_its_line_and_column(int surrogate, bool afterALetter)
    {
        var bad = (afterALetter ? "x" : string.Empty) + (char)surrogate;
        // Such a string cannot be written as UTF-8: its JSON export would silently differ from the document.
        var seed = SeedManifest.Entries[0];
        var lines = Seeds.Text(seed.FileName).Split('\n');
        lines[10] = lines[10].Insert(2, bad);

        var parse = () => PolicyTextParser.Parse(string.Join('\n', lines), Options(seed));

        parse.Should().Throw<PolicyDataException>().WithMessage("*surrogate*")
            .Which.Location.Should().Be($"{seed.FileName}:11:{3 + bad.Length - 1}");
    }

    [Fact]
    public void A_stray_space_beside_an_emoji_is_explained_with_the_whole_character_and_round_trips()
    {
        var seed = SeedManifest.Entries.Single(e => e.DocumentId == DocumentIds.UrbanizationTasks2021);
        var lines = Seeds.Text(seed.FileName).Split('\n');
        var measure1 = Array.FindIndex(lines, l => l.TrimStart().StartsWith("1.", StringComparison.Ordinal));
        lines[measure1] = lines[measure1].Insert(lines[measure1].IndexOf("1.", StringComparison.Ordinal) + 3, "🏙 ");

        var document = PolicyTextParser.Parse(string.Join('\n', lines), Options(seed));

        document.Errata.Should().Contain(e => e.Kind == ErratumKind.StraySpace && e.Explanation.Contains("'🏙'", StringComparison.Ordinal));
        UseAndRoundTrip(document);
    }

    [Fact]
    public void A_refusal_inside_the_text_points_at_its_line_and_column()
    {
        var seed = SeedManifest.Entries.Single(e => e.DocumentId == DocumentIds.UrbanizationTasks2021);
        var lines = Seeds.Text(seed.FileName).Split('\n').ToList();
        var measure5 = lines.FindIndex(l => l.TrimStart().StartsWith("5.", StringComparison.Ordinal));
        lines[measure5] = lines[measure5].Replace("5.", "7.", StringComparison.Ordinal);

        var parse = () => PolicyTextParser.Parse(string.Join('\n', lines), Options(seed));

        parse.Should().Throw<PolicyDataException>().WithMessage("*numbered 7 stands where measure 5 was expected*")
            .Which.Location.Should().StartWith($"{seed.FileName}:{measure5 + 1}:");
    }

    [Fact]
    public void Overlapping_curated_errata_are_refused_as_data_not_an_internal_error()
    {
        // Two curated errata that cover the same characters: correcting both cannot be done; the parser must say so.
        var seed = SeedManifest.Entries.Single(e => e.DocumentId == DocumentIds.UrbanizationTasks2021);
        var original = Errata.Single(e => e.DocumentId.ToString() == seed.DocumentId);
        var overlapping = original with { Verbatim = original.Verbatim[1..], Correction = "x" };
        var options = Options(seed) with { Errata = new[] { original, overlapping }.ToValueList() };

        var parse = () => PolicyTextParser.Parse(Seeds.Bytes(seed.FileName), options);

        parse.Should().Throw<PolicyDataException>().WithMessage("*overlap*");
    }

    internal static PolicyTextParserOptions Options(SeedEntry seed) => new()
    {
        DocumentId = DocumentId.Parse(seed.DocumentId),
        Year = seed.Year,
        SeedFile = seed.FileName,
        Departments = Registry,
        Errata = Errata,
    };

    private static PolicyDocument? ParseOrPolicyDataException(string text, SeedEntry seed) =>
        Documented.ResultOrPolicyDataException(() => PolicyTextParser.Parse(text, Options(seed)));

    private static void UseAndRoundTrip(PolicyDocument document)
    {
        var catalog = new PolicyCatalog([document], Registry);
        Documented.Exercise(catalog);
        CatalogJsonFuzzTests.RoundTrips(catalog);
    }

    /// <summary>One edit of a seed text, by line.</summary>
    internal sealed record LineMutation(int Kind, int Line, int Other, int Column, string Insert)
    {
        public static Gen<LineMutation> Gen(int lineCount, Gen<string> unicode) =>
            from kind in CsCheck.Gen.Int[0, 6]
            from line in CsCheck.Gen.Int[0, lineCount - 1]
            from other in CsCheck.Gen.Int[0, lineCount - 1]
            from column in CsCheck.Gen.Int[0, 200]
            from insert in unicode
            select new LineMutation(kind, line, other, column, insert);

        public List<string> Apply(List<string> lines)
        {
            if (lines.Count == 0)
            {
                return lines;
            }

            var line = Line % lines.Count;
            var other = Other % lines.Count;
            var text = lines[line];
            var column = text.Length == 0 ? 0 : Column % (text.Length + 1);
            switch (Kind)
            {
                case 0: // delete a line
                    lines.RemoveAt(line);
                    break;
                case 1: // duplicate a line
                    lines.Insert(line, text);
                    break;
                case 2: // swap two lines
                    (lines[line], lines[other]) = (lines[other], text);
                    break;
                case 3: // flip a character
                    if (column < text.Length)
                    {
                        lines[line] = string.Concat(text.AsSpan(0, column), ((char)(text[column] ^ (1 + (Column % 7)))).ToString(), text.AsSpan(column + 1));
                    }

                    break;
                case 4: // truncate the text here
                    lines.RemoveRange(line + 1, lines.Count - line - 1);
                    lines[line] = text[..column];
                    break;
                case 5: // delete characters
                    lines[line] = text.Remove(column, Math.Min(text.Length - column, 1 + (Other % 5)));
                    break;
                default: // insert random Unicode
                    lines[line] = text.Insert(column, Insert);
                    break;
            }

            return lines;
        }

        public override string ToString() => $"kind {Kind} line {Line} other {Other} column {Column} insert '{Insert}'";
    }
}
