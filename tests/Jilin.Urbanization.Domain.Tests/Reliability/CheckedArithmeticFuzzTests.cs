using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using static Jilin.Urbanization.Domain.Tests.Reliability.CatalogJsonFuzzTests;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Decimal arithmetic is checked everywhere values are scaled (<see cref="CheckedDecimal"/>): unit conversion
/// (万 × 10,000, fraction × 100), an evaluation's bounds and margin. Extreme and boundary values give an exact result
/// or the documented <see cref="ArgumentOutOfRangeException"/>, never an <see cref="OverflowException"/>; readers refuse
/// values beyond ±1e20, and whatever they accept can be evaluated.
/// </summary>
public class CheckedArithmeticFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static readonly Unit[] NamedUnits =
        [.. Unit.Known, .. new[] { "万套", "万人", "万人次", "万户", "万平方米" }.Select(Unit.Parse)];

    private static readonly Gen<Unit> Units = Gen.OneOfConst(Unit.Dwelling, Unit.Percent, Unit.Person, Unit.PersonTime).SelectMany(UnitsMeasuring);

    /// <summary>Units of one base: the named ones, scaled ones, and custom factors from 1e-28 to decimal.MaxValue.</summary>
    private static Gen<Unit> UnitsMeasuring(Unit baseUnit) => Gen.OneOf(
        Gen.OneOfConst(NamedUnits.Where(u => u.IsCompatibleWith(baseUnit)).ToArray()),
        from factor in Gen.OneOf(HostileInputs.ExtremeDecimal.Where(f => f > 0m), Gen.OneOfConst(1e-28m, 1e28m, decimal.MaxValue))
        select new Unit("x" + baseUnit.BaseSymbol, baseUnit.BaseSymbol, factor, "custom"));

    [Fact]
    public void Converting_any_quantity_is_exact_or_a_documented_ArgumentOutOfRangeException() => Conversions(iter: 20_000);

    [Fact]
    public void Evaluating_any_observation_gives_a_status_or_a_documented_argument_error_and_values_within_the_data_limit_always_evaluate() =>
        Evaluations(iter: 5_000);

    [Fact]
    public void A_target_value_in_catalog_JSON_beyond_the_data_limit_is_refused_at_its_path_and_an_accepted_one_evaluates() =>
        CatalogValues(iter: 25);

    [Fact]
    public void A_unit_factor_must_be_positive()
    {
        HostileInputs.ExtremeDecimal.Sample(
            factor =>
            {
                var make = () => new Unit("x", "x", factor, "x");
                if (factor > 0m)
                {
                    make().Factor.Should().Be(factor);
                }
                else
                {
                    make.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("Factor");
                    FluentActions.Invoking(() => Unit.Percent with { Factor = factor }).Should().ThrowExactly<ArgumentOutOfRangeException>();
                }
            },
            iter: 2000);
    }

    [Fact]
    public void Ten_thousand_times_the_largest_value_is_refused_not_overflowed()
    {
        var huge = new Quantity(7.9e28m, Unit.Parse("万套"));

        var convert = () => huge.ConvertTo(Unit.Dwelling);

        convert.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("unit").WithMessage("*outside the range of a decimal*");
        new Quantity(1.58m, Unit.Parse("万套")).ConvertTo(Unit.Dwelling).Value.Should().Be(15_800m);
    }

    [Fact]
    public void A_huge_number_in_a_target_quote_of_a_policy_text_gives_a_document_or_a_PolicyDataException() => HugeNumbersInText(iter: 40);

    internal static void HugeNumbersInText(int iter)
    {
        var targets = Catalog.Targets.Where(t => t.Quote.Any(char.IsAsciiDigit)).ToArray();
        var gen = from target in Gen.OneOfConst(targets)
                  from digits in Gen.OneOf(
                      Gen.Char['0', '9'].Array[21, 60].Select(c => "9" + new string(c)),
                      HostileInputs.ExtremeDecimal.Select(d => Math.Abs(d).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                  select (target, digits);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var seed = SeedManifest.Entries.Single(e => e.DocumentId == x.target.MeasureId.DocumentId.ToString());
                var text = Support.Seeds.Text(seed.FileName);
                var at = x.target.Span.Offset + x.target.Quote.IndexOf(x.target.Quote.First(char.IsAsciiDigit));
                var end = at;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                var changed = string.Concat(text.AsSpan(0, at), x.digits, text.AsSpan(end));
                var quote = string.Concat(text.AsSpan(x.target.Span.Offset, at - x.target.Span.Offset), x.digits, text.AsSpan(end, x.target.Span.End - end));

                // The user's own annotations point at the changed quote, so the extractor reads the huge number.
                var annotations = Jilin.Urbanization.Domain.Targets.EmbeddedTargetAnnotations.Value
                    .Select(a => a.Measure == x.target.MeasureId && a.Quote == x.target.Quote ? a with { Quote = quote } : a)
                    .ToValueList();
                var options = PolicyTextParserFuzzTests.Options(seed) with { TargetAnnotations = annotations };
                var document = Documented.ResultOrPolicyDataException(
                    () => Jilin.Urbanization.Domain.Parsing.PolicyTextParser.Parse(changed, options));
                foreach (var t in document?.Measures.SelectMany(m => m.Targets) ?? [])
                {
                    CheckedDecimal.IsWithinDataLimit(t.Value).Should().BeTrue("the parser reads no value beyond the data limit");
                }
            },
            iter: iter,
            print: x => $"{x.target.Id}: {x.digits}"));
    }

    internal static void Conversions(int iter)
    {
        var gen = from value in HostileInputs.ExtremeDecimal
                  from source in Units
                  from goal in UnitsMeasuring(source)
                  select (value, source, goal);

        gen.Sample(
            x =>
            {
                var quantity = new Quantity(x.value, x.source);
                var estimate = (double)x.value * (double)x.source.Factor / (double)x.goal.Factor;
                try
                {
                    var converted = quantity.ConvertTo(x.goal);
                    converted.Unit.Should().Be(x.goal);
                    // Exact up to decimal's own precision: compared where no step rounds at its 28th decimal place.
                    if (Math.Abs(estimate) > 1e-12 && Math.Abs((double)x.value * (double)x.source.Factor) > 1e-12 && (double)x.goal.Factor > 1e-12)
                    {
                        ((double)converted.Value / estimate).Should().BeApproximately(1.0, 1e-9);
                    }
                }
                catch (ArgumentOutOfRangeException e)
                {
                    e.ParamName.Should().Be("unit");
                    Math.Abs(estimate).Should().BeGreaterThan(7e28, "only a result beyond the decimal range is refused");
                }
            },
            iter: iter,
            print: x => $"{x.value} {x.source?.Symbol}(×{x.source?.Factor}) → {x.goal?.Symbol}(×{x.goal?.Factor})");
    }

    internal static void Evaluations(int iter)
    {
        var targets = Catalog.Targets.ToArray();
        var gen = from target in Gen.OneOfConst(targets)
                  from value in HostileInputs.ExtremeDecimal
                  from max in HostileInputs.ExtremeDecimal
                  from comparator in Gen.OneOfConst(Enum.GetValues<Comparator>())
                  from observed in HostileInputs.ExtremeDecimal
                  from scaled in Gen.Bool
                  select (target: target with
                  {
                      Quantity = new Quantity(value, target.Unit),
                      Comparator = comparator,
                      MaxValue = comparator == Comparator.Range ? Math.Max(value, max) : null,
                  }, observed, scaled);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var unit = x.scaled && Unit.TryParse(Unit.TenThousand + x.target.Unit.Symbol, out var big) ? big : x.target.Unit;
                var day = x.target.Period?.Start ?? x.target.Deadline?.Date ?? new LocalDate(2025, 1, 1);
                var observation = new Observation(x.observed, unit, day);
                var withinLimit = CheckedDecimal.IsWithinDataLimit(x.target.Value) && CheckedDecimal.IsWithinDataLimit(x.target.MaxValue ?? 0m)
                    && CheckedDecimal.IsWithinDataLimit(x.observed);
                if (!ObservationRule.TryCheck(x.target, observation, out _))
                {
                    // The one value rule (negative, a share over 100 %, beyond the limit) refuses it, in Evaluate as in every reader.
                    FluentActions.Invoking(() => x.target.Evaluate(observation, day)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("observation");
                    return;
                }

                try
                {
                    var evaluation = x.target.Evaluate(observation, day);
                    evaluation.Explanation.Should().NotBeNullOrWhiteSpace();
                }
                catch (ArgumentOutOfRangeException e) when (!withinLimit)
                {
                    e.ParamName.Should().BeOneOf("observation", "target");
                    e.Message.Should().Contain("outside the range of a decimal");
                }
            },
            iter: iter,
            print: x => $"{x.target} observed {x.observed}{(x.scaled ? " 万" : string.Empty)}"));
    }

    internal static void CatalogValues(int iter)
    {
        var template = JsonNode.Parse(Documented.Write(Catalog))!;
        var valuePaths = new JsonPathIndex(template).PathsByKey
            .Where(p => p.Key is "value" or "maxValue")
            .SelectMany(p => p.Value)
            .Where(path => JsonPathIndex.Navigate(template, path) is JsonValue)
            .ToArray();
        valuePaths.Should().NotBeEmpty();
        var gen = from path in Gen.OneOfConst(valuePaths)
                  from value in HostileInputs.ExtremeDecimal
                  from observed in HostileInputs.ExtremeDecimal.Where(CheckedDecimal.IsWithinDataLimit)
                  select (path, value, observed);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var root = template.DeepClone();
                JsonPathIndex.Replace(root, x.path, JsonValue.Create(x.value));
                var catalog = Documented.ResultOrPolicyDataException(() => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString())));
                if (!CheckedDecimal.IsWithinDataLimit(x.value))
                {
                    catalog.Should().BeNull("a value beyond ±1e20 is refused at read");
                    FluentActions.Invoking(() => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString())))
                        .Should().ThrowExactly<PolicyDataException>().Which.Location.Should().Be(JsonPathIndex.Format(x.path));
                    return;
                }

                if (catalog is null)
                {
                    return; // refused for another reason, e.g. a maximum below the value
                }

                foreach (var target in catalog.Targets)
                {
                    var day = target.Period?.Start ?? target.Deadline?.Date ?? new LocalDate(2025, 1, 1);
                    var observation = new Observation(x.observed, target.Unit, day);
                    if (ObservationRule.TryCheck(target, observation, out _))
                    {
                        target.Evaluate(observation, day).Should().NotBeNull("an accepted value evaluates");
                    }
                    else
                    {
                        FluentActions.Invoking(() => target.Evaluate(observation, day)).Should().Throw<ArgumentException>("the value rule refuses it");
                    }
                }
            },
            iter: iter,
            print: x => $"{JsonPathIndex.Format(x.path)} = {x.value}, observed {x.observed}"));
    }
}
