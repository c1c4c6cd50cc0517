using System.ComponentModel;
using Jilin.Urbanization.Domain.Divisions;

namespace Jilin.Urbanization.Domain.Tests.Divisions;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("220000", DivisionLevel.Province)]
    [InlineData("222400", DivisionLevel.Prefecture)]
    [InlineData("220581", DivisionLevel.County)]
    public void The_shape_of_a_code_gives_its_level(string text, DivisionLevel level) =>
        DivisionCode.Parse(text).Level.Should().Be(level);

    [Theory]
    [InlineData("")]
    [InlineData("22058")]
    [InlineData("2205810")]
    [InlineData(" 220581")]
    [InlineData("220581 ")]
    [InlineData("220581\0")]
    [InlineData("２２０５８１")]
    [InlineData("+22058")]
    [InlineData("099999")]
    [InlineData("abcdef")]
    public void Anything_but_six_ASCII_digits_of_a_province_is_refused(string text)
    {
        DivisionCode.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => DivisionCode.Parse(text)).Should().Throw<FormatException>().WithMessage("*six ASCII digits*");
    }

    [Fact]
    public void A_code_round_trips_through_text_and_its_type_converter()
    {
        var code = DivisionCode.Parse("220581");
        code.ToString().Should().Be("220581");
        var converter = TypeDescriptor.GetConverter(typeof(DivisionCode));
        converter.ConvertFromInvariantString("220581").Should().Be(code);
        converter.ConvertToInvariantString(code).Should().Be("220581");
        $"{code}".Should().Be("220581");
    }

    [Fact]
    public void Codes_order_by_number() =>
        new[] { DivisionCode.Parse("222401"), DivisionCode.Parse("220102"), DivisionCode.Parse("220581") }.Order()
            .Select(c => c.ToString()).Should().Equal("220102", "220581", "222401");

    [Fact]
    public void The_default_code_prints_as_default() => default(DivisionCode).ToString().Should().Be("(default DivisionCode)");
}
