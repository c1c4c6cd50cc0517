using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using static Jilin.Urbanization.Domain.Tests.Reliability.CatalogJsonFuzzTests;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// One strict reader (<see cref="StrictText"/>) for enum names, ids, unit symbols and numbers on every input path: a
/// token padded with any whitespace (U+3000, NBSP, tabs) or holding a control or zero-width character (U+0000,
/// U+200B, U+FEFF) is refused, so two different texts never read as one value, and whatever a reader accepts writes
/// back as it was read.
/// </summary>
public class StrictTextFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;
    private static readonly JsonNode Template = JsonNode.Parse(Documented.Write(Catalog))!;

    /// <summary>Every member of the catalog JSON whose value is an enum name.</summary>
    private static readonly object[][] EnumPaths = new JsonPathIndex(Template).PathsByKey
        .Where(p => p.Key is "mode" or "rule" or "kind" or "comparator" or "commitment" or "precision")
        .SelectMany(p => p.Value)
        .Where(path => JsonPathIndex.Navigate(Template, path) is JsonValue v && v.TryGetValue<string>(out _))
        .ToArray();

    /// <summary>Every string member of the catalog JSON.</summary>
    private static readonly object[][] StringPaths = new JsonPathIndex(Template).PathsByKey
        .SelectMany(p => p.Value)
        .Where(path => JsonPathIndex.Navigate(Template, path) is JsonValue v && v.TryGetValue<string>(out _))
        .ToArray();

    [Fact]
    public void An_enum_name_with_padding_or_an_invisible_character_is_refused_at_its_path() => EnumNamesAreStrict(iter: 40);

    [Fact]
    public void A_catalog_the_reader_accepts_after_any_string_is_decorated_writes_back_what_was_read() => AcceptedStringsRoundTrip(iter: 40);

    [Fact]
    public void A_measure_id_with_padding_or_an_invisible_character_is_no_id_and_finds_no_measure() => MeasureIdsAreStrict(iter: 3000);

    [Fact]
    public void A_unit_symbol_with_padding_or_an_invisible_character_is_not_a_unit() => UnitSymbolsAreStrict(iter: 3000);

    [Fact]
    public void Strict_numbers_are_exactly_the_plain_ones_in_range() => NumbersAreStrict(iter: 20_000);

    [Fact]
    public void Very_long_ids_and_symbols_are_refused_quickly_with_a_bounded_message() => LongTextIsRefusedQuickly(iter: 12);

    internal static void EnumNamesAreStrict(int iter)
    {
        EnumPaths.Should().HaveCountGreaterThan(300, "every responsibility, erratum, source, target and deadline carries enum names");
        var gen = from path in Gen.OneOfConst(EnumPaths)
                  let name = (string)JsonPathIndex.Navigate(Template, path)!
                  from decorated in HostileInputs.Decorate(name)
                  select (path, decorated);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var root = Template.DeepClone();
                JsonPathIndex.Replace(root, x.path, JsonValue.Create(x.decorated));
                var read = () => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString()));
                read.Should().ThrowExactly<PolicyDataException>().Which.Location.Should().Be(JsonPathIndex.Format(x.path));
            },
            iter: iter,
            print: x => $"{JsonPathIndex.Format(x.path)} = {StrictText.Quote(x.decorated)}"));
    }

    internal static void AcceptedStringsRoundTrip(int iter)
    {
        var gen = from path in Gen.OneOfConst(StringPaths)
                  let text = (string)JsonPathIndex.Navigate(Template, path)!
                  from decorated in HostileInputs.Decorate(text)
                  select (path, decorated);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var root = Template.DeepClone();
                JsonPathIndex.Replace(root, x.path, JsonValue.Create(x.decorated));
                if (Documented.ResultOrPolicyDataException(() => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString()))) is { } catalog)
                {
                    JsonNode.DeepEquals(JsonNode.Parse(Documented.Write(catalog)), root).Should().BeTrue(
                        "an accepted value writes back exactly as it was read; else two texts read as one value");
                }
            },
            iter: iter,
            print: x => $"{JsonPathIndex.Format(x.path)} = {StrictText.Quote(x.decorated)}"));
    }

    internal static void MeasureIdsAreStrict(int iter)
    {
        var gen = from measure in Gen.Int[0, Catalog.Measures.Count - 1]
                  from decorated in HostileInputs.Decorate(Catalog.Measures[measure].Id.ToString())
                  select decorated;

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            text =>
            {
                MeasureId.TryParse(text, out _).Should().BeFalse();
                Catalog.TryGetMeasure(text, out _).Should().BeFalse("a decorated id names no measure");
                FluentActions.Invoking(() => MeasureId.Parse(text)).Should().ThrowExactly<FormatException>()
                    .Which.Message.Should().Contain(StrictText.Quote(text));
                FluentActions.Invoking(() => Catalog.GetMeasure(text)).Should().ThrowExactly<FormatException>();
            },
            iter: iter,
            print: StrictText.Quote));
    }

    internal static void UnitSymbolsAreStrict(int iter)
    {
        var symbols = Unit.Known.Select(u => u.Symbol).Concat(["万套", "万人次", "万人"]).ToArray();
        var gen = Gen.OneOfConst(symbols).SelectMany(HostileInputs.Decorate);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            text =>
            {
                Unit.TryParse(text, out _).Should().BeFalse();
                FluentActions.Invoking(() => Unit.Parse(text)).Should().ThrowExactly<FormatException>()
                    .Which.Message.Should().Contain(StrictText.Quote(text));
            },
            iter: iter,
            print: StrictText.Quote));
    }

    internal static void NumbersAreStrict(int iter)
    {
        var plainInteger = new Regex("^(0|[1-9][0-9]{0,9})$", RegexOptions.CultureInvariant);
        var plainDecimal = new Regex("^-?[0-9]+(\\.[0-9]+)?$", RegexOptions.CultureInvariant);
        var gen = Gen.OneOf(
            Gen.Char["0123456789-.+e \u0000\u3000\u00A0\u200B\uFEFF١"].Array[0, 32].Select(c => new string(c)),
            HostileInputs.ExtremeDecimal.Select(d => d.ToString(CultureInfo.InvariantCulture)),
            Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)));

        gen.Sample(
            text =>
            {
                var isInt = StrictText.TryParseInt32(text, 1, int.MaxValue, out var n);
                isInt.Should().Be(plainInteger.IsMatch(text) && long.Parse(text, CultureInfo.InvariantCulture) is >= 1 and <= int.MaxValue);
                if (isInt)
                {
                    n.ToString(CultureInfo.InvariantCulture).Should().Be(text);
                }

                var isDecimal = StrictText.TryParseDecimal(text, out var d);
                isDecimal.Should().Be(plainDecimal.IsMatch(text)
                    && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var reference)
                    && Math.Abs(reference) <= CheckedDecimal.DataLimit);
                if (isDecimal)
                {
                    Math.Abs(d).Should().BeLessThanOrEqualTo(CheckedDecimal.DataLimit);
                }
            },
            iter: iter,
            print: StrictText.Quote);
    }

    internal static void LongTextIsRefusedQuickly(int iter)
    {
        Documented.WithinTimeLimitFor(iter, () => HostileInputs.VeryLong.Sample(
            text =>
            {
                var clock = Stopwatch.StartNew();
                var id = FluentActions.Invoking(() => MeasureId.Parse(text)).Should().ThrowExactly<FormatException>().Which;
                var unit = FluentActions.Invoking(() => Unit.Parse(text)).Should().ThrowExactly<FormatException>().Which;
                Catalog.TryGetMeasure(text, out _).Should().BeFalse();
                clock.Elapsed.Should().BeLessThan(Documented.PerCallLimit);
                id.Message.Length.Should().BeLessThan(600, "the message quotes a bounded part of the input");
                unit.Message.Length.Should().BeLessThan(600);
            },
            iter: iter,
            threads: 1,
            print: t => $"{t.Length} × {StrictText.Quote(t[..1])}"));
    }
}
