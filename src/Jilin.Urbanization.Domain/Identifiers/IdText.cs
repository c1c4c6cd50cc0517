using System.Globalization;

namespace Jilin.Urbanization.Domain.Identifiers;

/// <summary>
/// The one place typed ids are read, checked and written: the slug rule (<c>jilin-2022-county-urbanization</c>),
/// numbered parts (<c>&lt;parent&gt;/t3</c>), the messages, and the refusal of an unset <c>default</c>.
/// </summary>
internal static class IdText
{
    /// <summary>The longest slug (document, department or place id) accepted.</summary>
    internal const int MaxSlugLength = 100;

    /// <summary>How much of an input a message repeats before an ellipsis.</summary>
    private const int MaxQuotedLength = 64;

    /// <summary>The rule of every slug id, said once for messages.</summary>
    internal const string SlugRule = "lower-case ASCII letters and digits in words joined by single hyphens";

    /// <summary>True when <paramref name="text"/> is lower-case ASCII letters and digits joined by single hyphens.</summary>
    internal static bool IsSlug(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxSlugLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a slug, or says why it is not one.</summary>
    internal static bool TryReadSlug(ReadOnlySpan<char> text, out string slug, out string reason)
    {
        slug = string.Empty;
        if (text.IsEmpty)
        {
            reason = "it is empty";
            return false;
        }

        if (!IsSlug(text))
        {
            reason = text.Length > MaxSlugLength
                ? $"it is longer than {MaxSlugLength} characters"
                : $"expected {SlugRule}";
            return false;
        }

        slug = text.ToString();
        reason = string.Empty;
        return true;
    }

    /// <summary>
    /// Splits <c>&lt;parent&gt;/&lt;marker&gt;&lt;n&gt;</c> at the last <c>/</c> (before the marker) and reads n,
    /// a whole number from 1 without leading zeros.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="marker">What stands before the number: <c>t</c>, <c>c</c>, <c>erratum/</c>, or empty.</param>
    /// <param name="parent">The part before the separating <c>/</c>.</param>
    /// <param name="number">The number.</param>
    /// <param name="reason">Why the text has not that shape.</param>
    internal static bool TryReadNumbered(
        ReadOnlySpan<char> text, string marker, out ReadOnlySpan<char> parent, out int number, out string reason)
    {
        parent = default;
        number = 0;
        var tail = "/" + marker;
        var at = text.LastIndexOf(tail.AsSpan());
        if (marker.Length == 0)
        {
            at = text.LastIndexOf('/');
        }

        if (at <= 0)
        {
            reason = $"expected '<parent>/{marker}<number>'";
            return false;
        }

        parent = text[..at];
        var digits = text[(at + tail.Length)..];
        // Digits only: int.TryParse ignores trailing NUL characters, so "13\0" would read as 13.
        if (digits.IsEmpty || digits[0] == '0' || digits.ContainsAnyExceptInRange('0', '9')
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1)
        {
            number = 0;
            reason = $"'{Quote(digits)}' is not a number (a whole number from 1, no leading zeros)";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    /// <summary>Reads a measure id, <c>&lt;document-id&gt;/&lt;number&gt;</c>, or says why it is not one.</summary>
    internal static bool TryReadMeasureId(ReadOnlySpan<char> text, out Documents.MeasureId result, out string reason)
    {
        result = default;
        if (!TryReadNumbered(text, string.Empty, out var document, out var number, out reason))
        {
            reason = $"'{Quote(text)}' is not a measure id: {reason.Replace("<parent>", "<document-id>", StringComparison.Ordinal)}";
            return false;
        }

        if (!TryRead<Documents.DocumentId>(document, out var documentId, out reason))
        {
            reason = $"'{Quote(document)}' is not a document id: {reason}";
            return false;
        }

        result = new Documents.MeasureId(documentId, number);
        return true;
    }

    /// <summary>Reads <c>&lt;measure-id&gt;/&lt;marker&gt;&lt;n&gt;</c> (a target or condition id), or says why it is not one.</summary>
    internal static bool TryReadMeasurePart(
        ReadOnlySpan<char> text, string marker, out Documents.MeasureId measure, out int number, out string reason)
    {
        measure = default;
        if (!TryReadNumbered(text, marker, out var measureText, out number, out reason))
        {
            reason = reason.Replace("<parent>", "<measure-id>", StringComparison.Ordinal);
            return false;
        }

        return TryReadMeasureId(measureText, out measure, out reason);
    }

    /// <summary>Refuses an unset measure id where a parent measure is required.</summary>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is <c>default</c>.</exception>
    internal static Documents.MeasureId RequiredMeasure(Documents.MeasureId measure, string paramName) =>
        measure.DocumentId == default
            ? throw new ArgumentException("(default MeasureId) is not a measure id: an id is required here.", paramName)
            : measure;

    /// <summary>The input as a message repeats it: at most 64 characters, then an ellipsis.</summary>
    internal static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuotedLength ? text.ToString() : string.Concat(text[..MaxQuotedLength], "…");

    /// <summary>The message for text that is not an id of type <typeparamref name="T"/>.</summary>
    internal static string NotAnId<T>(ReadOnlySpan<char> text, string reason)
        where T : struct, ITypedId<T> =>
        $"'{Quote(text)}' is not {Article(T.KindName)} {T.KindName}: {reason} (e.g. '{T.Example}').";

    private static string Article(string kind) => kind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    /// <summary>Parses the canonical text of <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an id; the message says why.</exception>
    internal static T Parse<T>(string text, string paramName = "s")
        where T : struct, ITypedId<T>
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        return Parse<T>(text.AsSpan());
    }

    /// <summary>Parses the canonical text of <typeparamref name="T"/>.</summary>
    /// <exception cref="FormatException">The text is not an id; the message says why.</exception>
    internal static T Parse<T>(ReadOnlySpan<char> text)
        where T : struct, ITypedId<T> =>
        T.TryRead(text, out var id, out var reason) ? id : throw new FormatException(NotAnId<T>(text, reason));

    /// <summary>Reads the canonical text of <typeparamref name="T"/>, or says why it is not one.</summary>
    internal static bool TryRead<T>(ReadOnlySpan<char> text, out T result, out string reason)
        where T : struct, ITypedId<T> => T.TryRead(text, out result, out reason);

    /// <summary>Reads an id from outside data (a JSON file, the snapshot): a bad one is refused with its location.</summary>
    /// <exception cref="PolicyDataException">The text is missing or not an id; the location says where.</exception>
    internal static T ParseData<T>(string? text, string location)
        where T : struct, ITypedId<T>
    {
        if (text is null)
        {
            throw new PolicyDataException($"A {T.KindName} is missing.", location);
        }

        return T.TryRead(text, out var id, out var reason) ? id : throw new PolicyDataException(NotAnId<T>(text, reason), location);
    }

    /// <summary>Tries to parse the canonical text of <typeparamref name="T"/>; null gives false.</summary>
    internal static bool TryParse<T>(string? text, out T result)
        where T : struct, ITypedId<T>
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParse(text.AsSpan(), out result);
    }

    /// <summary>Tries to parse the canonical text of <typeparamref name="T"/>.</summary>
    internal static bool TryParse<T>(ReadOnlySpan<char> text, out T result)
        where T : struct, ITypedId<T>
    {
        if (T.TryRead(text, out result, out _))
        {
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>What <c>default</c> prints: <c>(default DocumentId)</c>.</summary>
    internal static string DefaultText<T>()
        where T : struct, ITypedId<T> => $"(default {T.TypeName})";

    /// <summary>Refuses an unset id where an id is required.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    internal static T Required<T>(T id, string paramName)
        where T : struct, ITypedId<T> =>
        id.IsDefault
            ? throw new ArgumentException($"{DefaultText<T>()} is not {Article(T.KindName)} {T.KindName}: an id is required here.", paramName)
            : id;

    /// <summary>Checks the format string of <c>ToString(format, provider)</c>: only the canonical form exists.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    internal static void CheckFormat<T>(ReadOnlySpan<char> format)
        where T : struct, ITypedId<T>
    {
        if (!(format.IsEmpty || format is "G"))
        {
            throw new FormatException(
                $"'{Quote(format)}' is not a format of {T.TypeName}: only the canonical form exists (format null, empty or 'G').");
        }
    }

    /// <summary>Writes <paramref name="text"/> into <paramref name="destination"/> when it fits.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    internal static bool TryFormat<T>(string text, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
        where T : struct, ITypedId<T>
    {
        CheckFormat<T>(format);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>The canonical text for <c>ToString(format, provider)</c>.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null, empty nor <c>G</c>.</exception>
    internal static string Format<T>(string text, string? format)
        where T : struct, ITypedId<T>
    {
        CheckFormat<T>(format);
        return text;
    }
}
