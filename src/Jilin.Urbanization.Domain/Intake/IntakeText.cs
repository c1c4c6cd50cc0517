using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// A text file's encoding, as offices save files: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; else the caller's
/// encoding; else UTF-8 when the first 64 KB are valid UTF-8, else GB18030 (a superset of GBK, what Excel saves on
/// a Chinese Windows) from the runtime's code-page provider. Decoding is strict: bytes that do not decode are a
/// wrong encoding, reported with the likely one (<see cref="WrongEncoding"/>), never read as replacement characters.
/// </summary>
internal static class IntakeText
{
    private const int SniffLength = 1 << 16;
    private const int Gb18030CodePage = 54936;

    /// <summary>GB18030 decoding strictly (no replacement characters).</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("The runtime's code-page provider has no GB18030.");

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A reader over <paramref name="stream"/> in its encoding (detected, or <paramref name="named"/>); the reader owns
    /// the stream. A file that is clearly UTF-8 although another encoding was named is refused, since GB18030 would
    /// read UTF-8 bytes as other Chinese characters without error.
    /// </summary>
    public static TextReader Open(Stream stream, Encoding? named, string fileName)
    {
        var head = ArrayPool<byte>.Shared.Rent(SniffLength);
        try
        {
            var start = stream.Position;
            var length = stream.ReadAtLeast(head.AsSpan(0, SniffLength), SniffLength, throwOnEndOfStream: false);
            var bytes = head.AsSpan(0, length);
            var (encoding, bom) = bytes switch
            {
                [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
                [0xFF, 0xFE, ..] => (StrictUtf16Le, 2),
                [0xFE, 0xFF, ..] => (StrictUtf16Be, 2),
                _ => (null, 0),
            };
            if (encoding is null)
            {
                var utf8 = IsUtf8(bytes, whole: length < SniffLength);
                if (named is not null)
                {
                    encoding = Strict(named);
                    if (utf8 && encoding.CodePage != Encoding.UTF8.CodePage && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
                    {
                        throw new PolicyDataException(
                            $"The file was named as {named.WebName} but its text is UTF-8 (read as {named.WebName} it would give other characters); read it as UTF-8, or save it as {named.WebName}.",
                            IntakeLocation.Of(fileName).ToString());
                    }
                }
                else
                {
                    encoding = utf8 ? StrictUtf8 : Gb18030;
                }
            }

            stream.Position = start + bom;
            // 16 KB of bytes: the reader's char buffer (up to twice that) stays below the large-object threshold.
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 14, leaveOpen: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>The message for text that does not decode as <paramref name="encoding"/>: the wrong encoding, and the likely one.</summary>
    public static string WrongEncoding(Encoding encoding, DecoderFallbackException e)
    {
        var bad = e.BytesUnknown ?? [];
        var likely = encoding.CodePage == Gb18030CodePage ? "UTF-8 or UTF-16" : "GB18030 (GBK, what Excel saves on a Chinese Windows)";
        var shown = string.Join(' ', bad.Take(4).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        return $"The text is not {Name(encoding)} (bytes {shown} do not decode); the file is probably {likely}. Save it as UTF-8, or name its encoding.";
    }

    /// <summary>The encoding's name in messages.</summary>
    public static string Name(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        Gb18030CodePage => "GB18030",
        _ => encoding.WebName,
    };

    /// <summary>True when <paramref name="bytes"/> are UTF-8 (a sequence cut at the end of a partial head is allowed).</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> bytes, bool whole)
    {
        if (!whole)
        {
            // Drop an incomplete sequence at the cut: at most three bytes back to a lead byte.
            var cut = bytes.Length;
            for (var i = bytes.Length - 1; i >= 0 && i >= bytes.Length - 4; i--)
            {
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    cut = i;
                    break;
                }
            }

            bytes = bytes[..cut];
        }

        return Utf8.IsValid(bytes);
    }

    private static Encoding Strict(Encoding encoding) => encoding.CodePage switch
    {
        65001 => StrictUtf8,
        1200 => StrictUtf16Le,
        1201 => StrictUtf16Be,
        _ => (Encoding)encoding.Clone() is var clone && SetStrict(clone) ? clone : encoding,
    };

    private static bool SetStrict(Encoding clone)
    {
        clone.DecoderFallback = DecoderFallback.ExceptionFallback;
        return true;
    }
}
