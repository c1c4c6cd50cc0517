namespace Jilin.Urbanization.Domain.Data;

/// <summary>
/// The one rule for free text the library keeps and writes back (notes, sources, narratives, titles): it must be
/// valid UTF-16, since a lone surrogate cannot be written as UTF-8 or JSON and would come back as U+FFFD. Constructors
/// refuse such text with <see cref="ArgumentException"/>; readers refuse it with <see cref="PolicyDataException"/>.
/// </summary>
internal static class UserText
{
    /// <summary>True when <paramref name="text"/> holds no lone surrogate, so it round-trips through UTF-8 and JSON unchanged.</summary>
    public static bool RoundTrips(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(text[at]) || at + 1 >= text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return false;
            }

            text = text[(at + 2)..];
            at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        }

        return true;
    }

    /// <summary>Refuses text holding a lone surrogate (null passes: whether null is allowed is the caller's rule).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a lone surrogate.</exception>
    public static string? RequireRoundTrip(string? text, string paramName) =>
        text is null || RoundTrips(text)
            ? text
            : throw new ArgumentException($"The text holds a lone surrogate (half of a UTF-16 pair), which cannot be written as UTF-8 or JSON: {StrictText.Quote(text)}.", paramName);

    /// <summary>The message a reader gives for text holding a lone surrogate.</summary>
    public static string NotRoundTripping(string what, string text) =>
        $"The {what} holds a lone surrogate (half of a UTF-16 pair), which cannot be written back as UTF-8 or JSON: {StrictText.Quote(text)}.";
}
