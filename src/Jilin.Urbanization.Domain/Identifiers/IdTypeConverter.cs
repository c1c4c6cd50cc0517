using System.ComponentModel;
using System.Globalization;

namespace Jilin.Urbanization.Domain.Identifiers;

/// <summary>
/// Converts a typed id to and from its canonical text, for binders and designers that go through
/// <see cref="TypeDescriptor"/>. Referenced by <c>typeof</c> in each id's <see cref="TypeConverterAttribute"/>, so a
/// trimmed application keeps it.
/// </summary>
/// <typeparam name="T">The id type.</typeparam>
internal sealed class IdTypeConverter<T> : TypeConverter
    where T : struct, ITypedId<T>
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc/>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? IdText.Parse<T>(text, nameof(value)) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc/>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T id ? id.ToString() : base.ConvertTo(context, culture, value, destinationType);
}
