using System.ComponentModel;
using System.Globalization;

namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>Converts a <see cref="DivisionCode"/> to and from its six digits (for binders and designers).</summary>
public sealed class DivisionCodeTypeConverter : TypeConverter
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc/>
    /// <exception cref="FormatException">The text is not a division code.</exception>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is not a string.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? DivisionCode.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="destinationType"/> is null.</exception>
    /// <exception cref="NotSupportedException">The conversion is not to a string.</exception>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is DivisionCode code ? code.ToString() : base.ConvertTo(context, culture, value, destinationType);

    /// <summary>Readable form: what the converter converts.</summary>
    public override string ToString() => "DivisionCode <-> string (six digits)";
}
