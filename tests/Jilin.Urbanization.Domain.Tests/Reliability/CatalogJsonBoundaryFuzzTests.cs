using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Documents;
using NodaTime;
using NodaTime.Text;
using static Jilin.Urbanization.Domain.Tests.Reliability.CatalogJsonFuzzTests;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Boundaries of the catalog JSON the structural fuzzing missed: spans near <see cref="int.MaxValue"/> are refused at
/// read (not overflowed later in <see cref="SourceSpan.End"/> or <see cref="SourceSpan.Contains"/>), and a period whose
/// start is after its end is a <see cref="PolicyDataException"/> at its JSON path, not NodaTime's ArgumentException.
/// </summary>
public class CatalogJsonBoundaryFuzzTests
{
    private static readonly JsonNode Template = JsonNode.Parse(Documented.Write(PolicyCatalog.Default))!;
    private static readonly JsonPathIndex Index = new(Template);

    private static readonly Gen<int> BoundaryInt = Gen.OneOf(
        Gen.OneOfConst(int.MaxValue, int.MaxValue - 1, int.MinValue, -1, 0, 1, 0x3FFFFFDF, 0x3FFFFFE0, 1 << 30),
        Gen.Int[int.MaxValue - 100_000, int.MaxValue],
        Gen.Int);

    [Fact]
    public void A_span_near_int_MaxValue_is_refused_at_its_path_or_read_whole() => Spans(iter: 40);

    [Fact]
    public void A_period_whose_start_is_after_its_end_is_refused_at_its_path() => Periods(iter: 30);

    [Fact]
    public void A_source_span_never_overflows()
    {
        var gen = from offset in BoundaryInt
                  from length in BoundaryInt
                  from otherOffset in BoundaryInt
                  from otherLength in BoundaryInt
                  select (offset, length, otherOffset, otherLength);

        gen.Sample(
            x =>
            {
                var make = () => new SourceSpan("a.txt", x.offset, x.length, 1, 1);
                if (x.offset < 0 || x.length < 0 || (long)x.offset + x.length > int.MaxValue)
                {
                    make.Should().ThrowExactly<ArgumentOutOfRangeException>();
                    return;
                }

                var span = make();
                span.End.Should().Be(x.offset + x.length);
                if (x.otherOffset >= 0 && x.otherLength >= 0 && (long)x.otherOffset + x.otherLength <= int.MaxValue)
                {
                    var other = new SourceSpan("a.txt", x.otherOffset, x.otherLength, 1, 1);
                    span.Contains(other).Should().Be(other.Offset >= span.Offset && (long)other.Offset + other.Length <= (long)span.Offset + span.Length);
                }

                var longest = () => span with { Length = int.MaxValue };
                if (span.Offset > 0)
                {
                    longest.Should().ThrowExactly<ArgumentOutOfRangeException>("a with expression cannot make the span end beyond int.MaxValue either");
                }
                else
                {
                    longest().End.Should().Be(int.MaxValue);
                }
            },
            iter: 5000);
    }

    internal static void Spans(int iter)
    {
        var spans = Index.PathsByKey.Where(p => p.Key is "offset" or "length" or "line" or "column").SelectMany(p => p.Value).ToArray();
        var gen = from path in Gen.OneOfConst(spans)
                  from value in BoundaryInt
                  select (path, value);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var root = Template.DeepClone();
                JsonPathIndex.Replace(root, x.path, JsonValue.Create(x.value));
                try
                {
                    var catalog = Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString()));
                    Documented.Exercise(catalog);
                    var span = JsonPathIndex.Navigate(root, x.path.AsSpan(0, x.path.Length - 1))!;
                    ((long)(int)span["offset"]! + (int)span["length"]!).Should().BeLessThanOrEqualTo(0x3FFFFFDF);
                }
                catch (PolicyDataException e)
                {
                    e.Location.Should().StartWith(JsonPathIndex.Format(x.path.AsSpan(0, x.path.Length - 1).ToArray()), "a bad span is refused where it stands");
                }
            },
            iter: iter,
            print: x => $"{JsonPathIndex.Format(x.path)} = {x.value}"));
    }

    internal static void Periods(int iter)
    {
        var periods = Index.PathsByKey.TryGetValue("period", out var found) ? found.Where(p => JsonPathIndex.Navigate(Template, p) is JsonObject).ToArray() : [];
        periods.Should().NotBeEmpty("the amounts of the 2021 document carry periods");
        var dates = Gen.OneOf(
            Gen.Int[-3000, 3000].Select(d => new LocalDate(2021, 1, 1).PlusDays(d)),
            Gen.OneOfConst(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2021, 1, 1), new LocalDate(2020, 12, 31)));
        var gen = from path in Gen.OneOfConst(periods)
                  from start in dates
                  from end in dates
                  select (path, start, end);

        Documented.WithinTimeLimitFor(iter, () => gen.Sample(
            x =>
            {
                var root = Template.DeepClone();
                JsonPathIndex.Replace(root, x.path, new JsonObject
                {
                    ["start"] = LocalDatePattern.Iso.Format(x.start),
                    ["end"] = LocalDatePattern.Iso.Format(x.end),
                });
                var read = () => Documented.Read(Encoding.UTF8.GetBytes(root.ToJsonString()));
                if (x.start > x.end)
                {
                    read.Should().ThrowExactly<PolicyDataException>().Which.Location.Should().Be(JsonPathIndex.Format(x.path));
                }
                else
                {
                    Documented.ResultOrPolicyDataException(read);
                }
            },
            iter: iter,
            print: x => $"{JsonPathIndex.Format(x.path)} = {x.start}..{x.end}"));
    }
}
