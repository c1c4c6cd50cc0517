using System.Diagnostics.CodeAnalysis;

namespace Jilin.Urbanization.Domain.Identifiers;

/// <summary>
/// What a typed id tells the shared code in <see cref="IdText"/>: its name in messages, how its canonical text is
/// read, and whether a value is the unset <c>default</c>. Implemented explicitly, so none of it is public surface.
/// </summary>
/// <typeparam name="TSelf">The id type.</typeparam>
/// <remarks>
/// The parsing and formatting interfaces are implemented here once, for every id: explicitly, culture-invariant (the
/// provider changes nothing), only the canonical format (null, empty or <c>G</c>).
/// </remarks>
internal interface ITypedId<TSelf> : ISpanParsable<TSelf>, ISpanFormattable
    where TSelf : struct, ITypedId<TSelf>
{
    /// <summary>The type's name, as <c>default</c> prints it: <c>DocumentId</c>.</summary>
    static abstract string TypeName { get; }

    /// <summary>What the id is, in words, for messages: <c>document id</c>.</summary>
    static abstract string KindName { get; }

    /// <summary>An example of the canonical text, for messages.</summary>
    static abstract string Example { get; }

    /// <summary>True for the unset <c>default</c> value.</summary>
    bool IsDefault { get; }

    /// <summary>Reads the canonical text; on failure says why, without repeating the input.</summary>
    /// <param name="text">The text; never null.</param>
    /// <param name="result">The id, or default.</param>
    /// <param name="reason">Why the text is not an id (a clause, e.g. <c>'x' is not a number</c>).</param>
    static abstract bool TryRead(ReadOnlySpan<char> text, out TSelf result, out string reason);

    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => IdText.Parse<TSelf>(s);

    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TSelf result) =>
        IdText.TryParse(s, out result);

    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => IdText.Parse<TSelf>(s);

    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result) =>
        IdText.TryParse(s, out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) =>
        IdText.Format<TSelf>(ToString() ?? string.Empty, format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdText.TryFormat<TSelf>(ToString() ?? string.Empty, destination, out charsWritten, format);
}
