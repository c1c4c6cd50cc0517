using System.ComponentModel;
using CsCheck;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tests.Identifiers;

/// <summary>
/// The seven typed ids (document, department, place, target, condition, erratum, tracking subject) read, write, order and convert
/// alike: one generic check per behaviour, run on each type.
/// </summary>
public class TypedIdTests
{
    public static TheoryData<string, string> CanonicalTexts => new()
    {
        { nameof(DocumentId), "jilin-2022-county-urbanization" },
        { nameof(DepartmentId), "housing-urban-rural-development" },
        { nameof(DepartmentId), "ndrc" },
        { nameof(PlaceId), "meihekou" },
        { nameof(PlaceId), "ji-an" },
        { nameof(TargetId), "jilin-2022-county-urbanization/68/t1" },
        { nameof(ConditionId), "jilin-2021-urbanization-tasks/2/c1" },
        { nameof(ErratumId), "jilin-2022-county-urbanization/erratum/3" },
        { nameof(Subject), "220581" },
        { nameof(Subject), "220000" },
        { nameof(Subject), "department:housing-urban-rural-development" },
    };

    public static TheoryData<string, string, string> Refusals => new()
    {
        { nameof(DocumentId), "", "'' is not a document id: it is empty (e.g. 'jilin-2022-county-urbanization')." },
        { nameof(DocumentId), "Jilin-2022", "'Jilin-2022' is not a document id: expected lower-case ASCII letters and digits in words joined by single hyphens (e.g. 'jilin-2022-county-urbanization')." },
        { nameof(DepartmentId), "省住建厅", "'省住建厅' is not a department id: expected lower-case ASCII letters and digits in words joined by single hyphens (e.g. 'housing-urban-rural-development')." },
        { nameof(DepartmentId), "a--b", "'a--b' is not a department id: expected *" },
        { nameof(PlaceId), "meihekou ", "'meihekou ' is not a place id: expected *" },
        { nameof(PlaceId), new string('a', 101), "* is not a place id: it is longer than 100 characters *" },
        { nameof(TargetId), "jilin-2022-county-urbanization/68", "'jilin-2022-county-urbanization/68' is not a target id: expected '<measure-id>/t<number>' (e.g. 'jilin-2022-county-urbanization/68/t1')." },
        { nameof(TargetId), "jilin-2022-county-urbanization/68/t0", "* is not a target id: '0' is not a number (a whole number from 1, no leading zeros) *" },
        { nameof(TargetId), "jilin-2022-county-urbanization/68/t01", "* is not a target id: '01' is not a number *" },
        { nameof(TargetId), "jilin-2022-county-urbanization/68/t2147483648", "* is not a target id: '2147483648' is not a number *" },
        { nameof(TargetId), "jilin-2022-county-urbanization/x/t1", "* is not a target id: 'jilin-2022-county-urbanization/x' is not a measure id: 'x' is not a number *" },
        { nameof(TargetId), "Doc/1/t1", "* is not a target id: 'Doc' is not a document id: expected lower-case *" },
        { nameof(TargetId), "jilin-2022-county-urbanization/68/c1", "* is not a target id: expected '<measure-id>/t<number>' *" },
        { nameof(ConditionId), "jilin-2022-county-urbanization/68/t1", "* is not a condition id: expected '<measure-id>/c<number>' *" },
        { nameof(ErratumId), "jilin-2022-county-urbanization/e1", "* is not an erratum id: expected '<document-id>/erratum/<number>' *" },
        { nameof(ErratumId), "jilin-2022-county-urbanization/erratum/13\0", "* is not an erratum id: '13?' is not a number *" },
        { nameof(TargetId), "jilin-2022-county-urbanization/68/t1\0", "* is not a target id: '1?' is not a number *" },
        { nameof(ErratumId), "a/b/erratum/1", "* is not an erratum id: 'a/b' is not a document id: expected lower-case *" },
        { nameof(Subject), "梅河口市", "'梅河口市' is not a subject: expected the six digits of a Jilin division (220000, 220581) or 'department:<id>' (department:housing) (e.g. '220581')." },
        { nameof(Subject), "110101", "'110101' is not a subject: expected the six digits of a Jilin division *" },
        { nameof(Subject), "department:住建厅", "'department:住建厅' is not a subject: expected lower-case ASCII letters and digits *" },
        { nameof(Subject), "department:", "'department:' is not a subject: it is empty *" },
    };

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void Parse_ToString_TryFormat_and_the_TypeConverter_round_trip_the_canonical_text(string type, string text)
    {
        var ids = Ids.Of(type);
        var id = ids.Parse(text);

        id.ToString().Should().Be(text);
        ids.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(id);
        ids.ParseSpan(text.AsSpan()).Should().Be(id);
        ((IFormattable)id).ToString(null, null).Should().Be(text);
        $"{id}".Should().Be(text);

        var buffer = new char[text.Length];
        ((ISpanFormattable)id).TryFormat(buffer, out var written, default, null).Should().BeTrue();
        new string(buffer, 0, written).Should().Be(text);
        ((ISpanFormattable)id).TryFormat(new char[text.Length - 1], out written, default, null).Should().BeFalse();
        written.Should().Be(0);

        var converter = TypeDescriptor.GetConverter(id.GetType());
        converter.CanConvertFrom(typeof(string)).Should().BeTrue();
        converter.ConvertFromInvariantString(text).Should().Be(id);
        converter.ConvertToInvariantString(id).Should().Be(text);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Malformed_text_is_refused_with_a_message_that_says_why(string type, string text, string message)
    {
        var ids = Ids.Of(type);

        ids.TryParse(text, out var tried).Should().BeFalse();
        tried.Should().Be(ids.Default);
        FluentActions.Invoking(() => ids.Parse(text)).Should().Throw<FormatException>().WithMessage(message);
        FluentActions.Invoking(() => TypeDescriptor.GetConverter(ids.Default.GetType()).ConvertFromInvariantString(text))
            .Should().Throw<FormatException>().WithMessage(message);
    }

    [Theory]
    [InlineData(nameof(DocumentId))]
    [InlineData(nameof(DepartmentId))]
    [InlineData(nameof(PlaceId))]
    [InlineData(nameof(TargetId))]
    [InlineData(nameof(ConditionId))]
    [InlineData(nameof(ErratumId))]
    [InlineData(nameof(Subject))]
    public void Null_is_refused_by_Parse_and_false_for_TryParse_and_default_prints_its_type(string type)
    {
        var ids = Ids.Of(type);

        ids.TryParse(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => ids.Parse(null!)).Should().Throw<ArgumentNullException>();
        ids.Default.ToString().Should().Be($"(default {type})");
    }

    [Fact]
    public void A_megabyte_of_text_is_refused_quickly_and_the_message_does_not_repeat_it()
    {
        var huge = new string('a', 1_000_000) + "/t1";

        var parse = () => TargetId.Parse(huge);

        parse.Should().Throw<FormatException>().Which.Message.Length.Should().BeLessThan(400);
        FluentActions.Invoking(() => PlaceId.Parse(huge)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("…").And.Match(m => m.Length < 400);
    }

    [Fact]
    public void Ids_order_ordinally_and_numbered_ids_by_parent_then_number()
    {
        new[] { "b", "a-b", "a" }.Select(PlaceId.Parse).Order().Select(i => i.ToString()).Should().Equal("a", "a-b", "b");
        (DepartmentId.Parse("ndrc") > DepartmentId.Parse("education")).Should().BeTrue();
        (default(DocumentId) < DocumentId.CountyUrbanization2022).Should().BeTrue();

        new[] { "d/10/t2", "d/9/t3", "d/10/t10", "d/10/t9" }.Select(TargetId.Parse).Order().Select(i => i.ToString())
            .Should().Equal("d/9/t3", "d/10/t2", "d/10/t9", "d/10/t10");
        (ConditionId.Parse("d/1/c2") >= ConditionId.Parse("d/1/c2")).Should().BeTrue();
        (ErratumId.Parse("a/erratum/2") < ErratumId.Parse("a/erratum/10")).Should().BeTrue();
        (ErratumId.Parse("a/erratum/9") <= ErratumId.Parse("b/erratum/1")).Should().BeTrue();
        new[] { "department:ndrc", "222404", "220000", "department:education", "220581" }.Select(Subject.Parse).Order().Select(s => s.ToString())
            .Should().Equal("220000", "220581", "222404", "department:education", "department:ndrc");
        (Subject.Province < Subject.Parse("220581")).Should().BeTrue();
        (Subject.Parse("department:ndrc") >= Subject.Parse("222404")).Should().BeTrue("divisions order before departments");
    }

    [Fact]
    public void Equality_is_ordinal()
    {
        DepartmentId.Parse("ndrc").Should().Be(DepartmentId.Parse("ndrc"));
        DepartmentId.Parse("ndrc").GetHashCode().Should().Be(DepartmentId.Parse("ndrc").GetHashCode());
        DepartmentId.Parse("ndrc").Should().NotBe(DepartmentId.Parse("education"));
        TargetId.Parse("d/1/t1").Should().Be(new TargetId(MeasureId.Parse("d/1"), 1));
    }

    [Fact]
    public void The_well_known_document_ids_are_the_shipped_ones()
    {
        DocumentId.CountyUrbanization2022.ToString().Should().Be(DocumentIds.CountyUrbanization2022);
        DocumentId.UrbanizationTasks2021.ToString().Should().Be(DocumentIds.UrbanizationTasks2021);
    }

    [Fact]
    public void Constructors_refuse_default_parents_and_numbers_below_one()
    {
        FluentActions.Invoking(() => new TargetId(default, 1)).Should().Throw<ArgumentException>().WithParameterName("measure")
            .WithMessage("(default MeasureId) is not a measure id*");
        FluentActions.Invoking(() => new ConditionId(MeasureId.Parse("d/1"), 0)).Should().Throw<ArgumentException>().WithParameterName("number");
        FluentActions.Invoking(() => new ErratumId(default, 1)).Should().Throw<ArgumentException>().WithParameterName("document")
            .WithMessage("(default DocumentId) is not a document id: an id is required here.*");
        new ErratumId(DocumentId.CountyUrbanization2022, 2).Document.Should().Be(DocumentId.CountyUrbanization2022);
        new TargetId(MeasureId.Parse("d/4"), 2).Measure.Should().Be(MeasureId.Parse("d/4"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Numbers_below_one_are_refused_by_every_numbered_id_with_the_guard_s_exception(int number)
    {
        // The ids check the number before calling the guard (a ReadyToRun process then never JIT-compiles the generic
        // guard); what they throw must stay the guard's own exception, message and parameter.
        var measure = MeasureId.Parse("d/1");
        foreach (var create in new Action[]
                 {
                     () => _ = new TargetId(measure, number),
                     () => _ = new ConditionId(measure, number),
                     () => _ = new ErratumId(DocumentId.CountyUrbanization2022, number),
                 })
        {
            FluentActions.Invoking(create).Should().Throw<ArgumentException>()
                .Where(e => e.GetType() == typeof(ArgumentException))
                .WithParameterName(nameof(number))
                .WithMessage("Required input number cannot be zero or negative.*");
        }
    }

    [Fact]
    public void Only_the_canonical_format_exists()
    {
        var id = (IFormattable)PlaceId.Parse("changchun");

        id.ToString("G", null).Should().Be("changchun");
        FluentActions.Invoking(() => id.ToString("x", null)).Should().Throw<FormatException>().WithMessage("'x' is not a format of PlaceId*");
    }

    [Fact]
    public void TryParse_never_throws_and_what_it_accepts_round_trips()
    {
        var gen = Gen.OneOf(
            Gen.String[0, 30],
            Gen.Char["abz09-/tce"].Array[0, 30].Select(c => new string(c)),
            Gen.Int.Select(n => $"d/1/t{n}"),
            Gen.Int.Select(n => $"d/{n}/c1"));
        gen.Sample(text =>
        {
            foreach (var type in new[] { nameof(DocumentId), nameof(DepartmentId), nameof(PlaceId), nameof(TargetId), nameof(ConditionId), nameof(ErratumId), nameof(Subject) })
            {
                var ids = Ids.Of(type);
                if (ids.TryParse(text, out var id))
                {
                    id.ToString().Should().Be(text);
                }
            }
        });
    }

    /// <summary>The static members of one id type, as delegates, so a theory can run over all seven.</summary>
    private sealed record Ids(object Default, Func<string, object> Parse, Func<string?, (bool, object)> Try, Func<string, object> Span)
    {
        public bool TryParse(string? text, out object id)
        {
            (var ok, id) = Try(text);
            return ok;
        }

        public object ParseSpan(ReadOnlySpan<char> text) => Span(text.ToString());

        public static Ids Of(string type) => type switch
        {
            nameof(DocumentId) => Make<DocumentId>(DocumentId.Parse, DocumentId.TryParse),
            nameof(DepartmentId) => Make<DepartmentId>(DepartmentId.Parse, DepartmentId.TryParse),
            nameof(PlaceId) => Make<PlaceId>(PlaceId.Parse, PlaceId.TryParse),
            nameof(TargetId) => Make<TargetId>(TargetId.Parse, TargetId.TryParse),
            nameof(ConditionId) => Make<ConditionId>(ConditionId.Parse, ConditionId.TryParse),
            nameof(ErratumId) => Make<ErratumId>(ErratumId.Parse, ErratumId.TryParse),
            nameof(Subject) => Make<Subject>(Subject.Parse, Subject.TryParse),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        private delegate bool TryParser<T>(string? text, out T id);

        private static Ids Make<T>(Func<string, T> parse, TryParser<T> tryParse)
            where T : struct, ISpanParsable<T> =>
            new(
                default(T),
                s => parse(s),
                s => tryParse(s, out var id) ? (true, id) : (false, id),
                s => T.Parse(s.AsSpan(), null));
    }
}
