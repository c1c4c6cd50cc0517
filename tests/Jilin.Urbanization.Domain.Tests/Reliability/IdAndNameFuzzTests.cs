using System.Globalization;
using CsCheck;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// Random Unicode ids and names into every look-up: the Try-forms never throw, and the throwing forms throw only
/// their documented exceptions (ArgumentException for blank input, FormatException for a malformed measure id,
/// DepartmentNotFoundException / KeyNotFoundException for unknown ones), naming the input.
/// </summary>
public class IdAndNameFuzzTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Default;

    private static readonly Gen<string> NearlyIds = Gen.OneOf(
        Gen.String[0, 40],
        Gen.Char["abcz09-/ 　０１十"].Array[0, 40].Select(c => new string(c)),
        Gen.OneOfConst(DocumentIds.CountyUrbanization2022, DocumentIds.UrbanizationTasks2021, "a", "a-", "-a", "a--b")
            .SelectMany(d => Gen.OneOf(
                Gen.Int.Select(n => $"{d}/{n.ToString(CultureInfo.InvariantCulture)}"),
                Gen.String[0, 6].Select(tail => $"{d}/{tail}"),
                Gen.OneOfConst($"{d}/0", $"{d}/01", $"{d}/+1", $"{d}/1 ", $" {d}/1", $"{d}//1", $"{d}/2147483648", $"{d}/１", $"{d}/٣"))));

    private static readonly Gen<string> NearlyNames = Gen.OneOf(
        Gen.String[0, 20],
        Gen.Int[0, Catalog.Departments.Count - 1].SelectMany(i =>
        {
            var names = DepartmentRegistry.NamesOf(Catalog.Departments.All[i]).ToArray();
            return Gen.Int[0, names.Length - 1].SelectMany(n => Gen.OneOf(
                Gen.Const(names[n]),
                Gen.Int[0, names[n].Length].SelectMany(at => Gen.Char.Select(c => names[n].Insert(at, c.ToString()))),
                Gen.Int[0, names[n].Length - 1].Select(at => names[n].Remove(at, 1))));
        }),
        Gen.OneOfConst(string.Empty, " ", "\u3000", "\t\n", "吉林省", "省", "吉林省省"));

    [Fact]
    public void MeasureId_TryParse_never_throws_and_agrees_with_Parse()
    {
        Documented.WithinTimeLimit(() => NearlyIds.Sample(
            text =>
            {
                if (MeasureId.TryParse(text, out var id))
                {
                    MeasureId.Parse(text).Should().Be(id);
                    id.ToString().Should().Be(text, "a parsed id writes back the text it came from");
                }
                else
                {
                    var parse = () => MeasureId.Parse(text);
                    parse.Should().ThrowExactly<FormatException>().Which.Message.Should().Contain(StrictText.Quote(text), "the message quotes the input, invisible characters escaped and long ones cut");
                }
            },
            iter: 5000));
    }

    [Fact]
    public void A_well_formed_MeasureId_round_trips_through_its_text()
    {
        var gen = from words in Gen.Char['a', 'z'].Array[1, 8].Select(c => new string(c)).Array[1, 4]
                  from number in Gen.Int[1, int.MaxValue]
                  select new MeasureId(DocumentId.Parse(string.Join('-', words)), number);

        gen.Sample(id => MeasureId.Parse(id.ToString()).Should().Be(id), iter: 2000);
    }

    [Fact]
    public void Measure_look_ups_on_random_ids_throw_only_documented_exceptions()
    {
        Documented.WithinTimeLimit(() => NearlyIds.Sample(
            text =>
            {
                var found = Catalog.TryGetMeasure(text, out var measure);
                try
                {
                    Catalog.GetMeasure(text).Should().BeSameAs(measure);
                    found.Should().BeTrue();
                }
                catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
                {
                    found.Should().BeFalse();
                    if (e is not ArgumentException)
                    {
                        e.Message.Should().Contain(e is FormatException ? StrictText.Quote(text) : text.Trim());
                    }
                }
            },
            iter: 5000));
    }

    [Fact]
    public void Document_look_ups_on_random_ids_throw_only_documented_exceptions()
    {
        Documented.WithinTimeLimit(() => NearlyIds.Sample(
            text =>
            {
                var found = Catalog.TryGetDocument(text, out var document);
                try
                {
                    Catalog.GetDocument(text).Should().BeSameAs(document);
                    found.Should().BeTrue();
                }
                catch (ArgumentException)
                {
                    string.IsNullOrWhiteSpace(text).Should().BeTrue();
                }
                catch (KeyNotFoundException e)
                {
                    found.Should().BeFalse();
                    e.Message.Should().Contain(text);
                }
            },
            iter: 2000));
    }

    [Fact]
    public void Department_look_ups_on_random_names_throw_only_documented_exceptions()
    {
        Documented.WithinTimeLimit(() => NearlyNames.Sample(
            name =>
            {
                var resolved = Catalog.Departments.TryResolve(name, out var department);
                Catalog.Departments.TryGet(name, out _);
                try
                {
                    Catalog.Departments.Resolve(name).Should().BeSameAs(department);
                    resolved.Should().BeTrue();
                    Catalog.FindDepartment(name).Should().NotBeNull();
                    Catalog.MeasuresLedBy(name).Should().NotBeNull();
                    Catalog.PartnersOf(name).Should().NotBeNull();
                }
                catch (ArgumentException e)
                {
                    string.IsNullOrWhiteSpace(name).Should().BeTrue();
                    e.ParamName.Should().NotBeNullOrEmpty();
                }
                catch (DepartmentNotFoundException e)
                {
                    resolved.Should().BeFalse();
                    e.Input.Should().Be(name.Trim());
                    e.Message.Should().Contain(name.Trim());
                    e.Suggestions.Should().HaveCountLessThanOrEqualTo(3);
                }
            },
            iter: 3000));
    }

    [Fact]
    public void A_name_with_whitespace_or_full_width_forms_resolves_like_the_name()
    {
        var gen = from i in Gen.Int[0, Catalog.Departments.Count - 1]
                  let department = Catalog.Departments.All[i]
                  let names = DepartmentRegistry.NamesOf(department).ToArray()
                  from n in Gen.Int[0, names.Length - 1]
                  from at in Gen.Int[0, names[n].Length]
                  from space in Gen.OneOfConst(" ", "\u3000", "\u00a0", "\t", "\r\n")
                  from fullWidth in Gen.Bool
                  select (department, name: ToWidth(names[n], fullWidth).Insert(at, space));

        gen.Sample(x => Catalog.Departments.Resolve(x.name).Should().BeSameAs(x.department), iter: 2000);
    }

    private static string ToWidth(string name, bool fullWidth) =>
        fullWidth ? new string(name.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray()) : name;
}
