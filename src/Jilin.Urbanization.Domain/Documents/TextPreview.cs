namespace Jilin.Urbanization.Domain.Documents;

/// <summary>Shortens long Chinese texts for <c>ToString()</c> output, so values print well in notebooks.</summary>
internal static class TextPreview
{
    /// <summary>How many characters a preview keeps.</summary>
    public const int DefaultLength = 24;

    public static string Of(string text, int length = DefaultLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
