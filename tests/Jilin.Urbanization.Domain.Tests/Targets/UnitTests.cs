using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tests.Targets;

public class UnitTests
{
    [Theory]
    [InlineData("1.58", "万套", "套", "15800")]
    [InlineData("12", "万人次", "人次", "120000")]
    [InlineData("0.78", "fraction", "%", "78")]
    [InlineData("80", "%", "fraction", "0.8")]
    [InlineData("36000", "人", "万人", "3.6")]
    public void Compatible_units_convert_exactly(string value, string from, string to, string expected)
    {
        var quantity = new Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Unit.Parse(from));

        quantity.ConvertTo(Unit.Parse(to)).Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("人", "人次")]
    [InlineData("套", "%")]
    [InlineData("万套", "户")]
    public void Incompatible_units_are_refused_naming_both(string from, string to)
    {
        var act = () => new Quantity(1m, Unit.Parse(from)).ConvertTo(Unit.Parse(to));

        act.Should().Throw<ArgumentException>().WithMessage($"*{to}*").WithMessage($"*{from}*");
    }

    [Theory]
    [InlineData("万%")]
    [InlineData("kg")]
    [InlineData("万")]
    public void Unknown_symbols_do_not_parse(string symbol)
    {
        Unit.TryParse(symbol, out _).Should().BeFalse();
        var act = () => Unit.Parse(symbol);
        act.Should().Throw<FormatException>().WithMessage("*known*");
    }

    [Fact]
    public void Units_are_values()
    {
        Unit.Parse("万套").Should().Be(Unit.Parse("万套"));
        Unit.Parse("万套").Factor.Should().Be(10_000m);
        Unit.Parse("套").Should().BeSameAs(Unit.Dwelling);
        new Quantity(15800m, Unit.Dwelling).ToString().Should().Be("15800 套");
    }

    [Fact]
    public void Null_is_an_argument_error_and_blank_or_padded_text_is_not_a_unit()
    {
        FluentActions.Invoking(() => Unit.Parse(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("symbol");
        FluentActions.Invoking(() => Unit.Parse(" ")).Should().ThrowExactly<FormatException>();
        FluentActions.Invoking(() => Unit.Parse(string.Empty)).Should().ThrowExactly<FormatException>();
        FluentActions.Invoking(() => Unit.Parse("套\u3000")).Should().ThrowExactly<FormatException>().WithMessage("*\\u3000*");
        FluentActions.Invoking(() => new Quantity(1m, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Quantity(1m, Unit.Item).ConvertTo(null!)).Should().Throw<ArgumentNullException>();
    }
}
