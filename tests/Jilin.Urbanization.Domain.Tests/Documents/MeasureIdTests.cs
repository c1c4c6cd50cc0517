using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Tests.Documents;

public class MeasureIdTests
{
    [Fact]
    public void Parse_and_ToString_round_trip()
    {
        var id = MeasureId.Parse("jilin-2022-county-urbanization/30");

        id.DocumentId.Should().Be(DocumentId.CountyUrbanization2022);
        id.Number.Should().Be(30);
        id.ToString().Should().Be("jilin-2022-county-urbanization/30");
        id.Should().Be(new MeasureId(DocumentId.CountyUrbanization2022, 30));
    }

    [Theory]
    [InlineData("")]
    [InlineData("jilin-2022-county-urbanization")]
    [InlineData("jilin-2022-county-urbanization/")]
    [InlineData("/30")]
    [InlineData("jilin-2022-county-urbanization/0")]
    [InlineData("jilin-2022-county-urbanization/030")]
    [InlineData("jilin-2022-county-urbanization/-3")]
    [InlineData("jilin-2022-county-urbanization/x")]
    [InlineData("Jilin-2022/3")]
    [InlineData("jilin--2022/3")]
    [InlineData("jilin 2022/3")]
    [InlineData("jilin-2022-county-urbanization/99999999999")]
    public void Malformed_ids_are_refused_with_a_message_naming_the_input(string text)
    {
        MeasureId.TryParse(text, out var id).Should().BeFalse();
        id.Should().Be(default(MeasureId));
        var parse = () => MeasureId.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
    }

    [Fact]
    public void Null_is_refused_by_Parse_and_false_for_TryParse()
    {
        MeasureId.TryParse(null, out _).Should().BeFalse();
        var parse = () => MeasureId.Parse(null!);
        parse.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Ids_order_by_document_then_number()
    {
        var ids = new[] { "b-doc/2", "a-doc/10", "a-doc/9" }.Select(s => MeasureId.Parse(s)).Order().Select(i => i.ToString());

        ids.Should().Equal("a-doc/9", "a-doc/10", "b-doc/2");
        (MeasureId.Parse("a-doc/9") < MeasureId.Parse("a-doc/10")).Should().BeTrue();
    }

    [Fact]
    public void The_constructor_refuses_bad_parts()
    {
        FluentActions.Invoking(() => new MeasureId(default, 1)).Should().Throw<ArgumentException>().WithParameterName("documentId");
        FluentActions.Invoking(() => new MeasureId(DocumentId.Parse("doc"), 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
    }
}
