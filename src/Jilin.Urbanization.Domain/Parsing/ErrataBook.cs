using System.Text;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Errata;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>
/// Collects a document's errata while it is parsed (detected ones and curated ones), then applies them to
/// produce the corrected forms of text elements. The verbatim texts are never changed.
/// </summary>
internal sealed class ErrataBook
{
    private readonly List<PendingErratum> pending = [];

    // The pending errata in offset order (stable: equal offsets keep the order they were added in), sorted once
    // when the first correction is asked for, so Correct is a binary search rather than a LINQ sort per call.
    private PendingErratum[]? byOffset;

    public IReadOnlyList<PendingErratum> Pending => pending;

    public void Add(ErratumKind kind, string location, int? measureNumber, int offset, string verbatim, string correction, string explanation)
    {
        pending.Add(new PendingErratum(kind, location, measureNumber, offset, verbatim, correction, explanation));
        byOffset = null;
    }

    /// <summary>
    /// The recorded erratum whose characters overlap [offset, offset + length), or null. Overlapping errata cannot
    /// both be applied (<see cref="Correct(string, int, int, string?)"/> replaces each one's characters in turn).
    /// </summary>
    public PendingErratum? FindOverlap(int offset, int length) =>
        pending.FirstOrDefault(e => e.Verbatim.Length == 0
            ? e.Offset > offset && e.Offset < offset + length
            : e.Offset < offset + length && offset < e.Offset + e.Verbatim.Length);

    /// <summary>Records every stray space inside the element at [offset, offset + length).</summary>
    public void DetectStraySpaces(string text, int offset, int length, string location, int? measureNumber)
    {
        var end = offset + length;
        for (var i = offset; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var runEnd = i;
            while (runEnd < end && char.IsWhiteSpace(text[runEnd]))
            {
                runEnd++;
            }

            // Chinese text carries no spaces; a run beside a Chinese character or full-width mark is scraping debris.
            // Spaces between two Latin characters (e.g. in English words) are left alone.
            if (i > offset && runEnd < end && (IsWide(text[i - 1]) || IsWide(text[runEnd])))
            {
                Add(
                    ErratumKind.StraySpace,
                    location,
                    measureNumber,
                    i,
                    text[i..runEnd],
                    string.Empty,
                    $"A stray space between '{CharacterEndingAt(text, i)}' and '{CharacterStartingAt(text, runEnd)}', left by the web page's scraping; read without it.");
            }

            i = runEnd - 1;
        }
    }

    /// <summary>
    /// Applies the errata that fall inside [offset, offset + length) to that element's text. Something missing
    /// just past the element's end (a closing parenthesis) belongs outside it and is not applied.
    /// </summary>
    public string Correct(string text, int offset, int length) => Correct(text, offset, length, null);

    /// <summary>
    /// The text of <paramref name="offset"/>..+<paramref name="length"/> with the errata inside it applied. When none
    /// applies, <paramref name="verbatim"/> (the same characters, already cut out) is returned rather than a second copy.
    /// </summary>
    public string Correct(string text, int offset, int length, string? verbatim)
    {
        var sorted = byOffset ??= SortByOffset(pending);
        var end = offset + length;
        StringBuilder? builder = null;
        var cursor = offset;
        for (var i = FirstAtOrAfter(sorted, offset); i < sorted.Length && sorted[i].Offset <= end; i++)
        {
            var erratum = sorted[i];
            if (erratum.Offset + erratum.Verbatim.Length > end || (erratum.Verbatim.Length == 0 && erratum.Offset >= end))
            {
                continue;
            }

            builder ??= new StringBuilder(length);
            builder.Append(text, cursor, erratum.Offset - cursor).Append(erratum.Correction);
            cursor = erratum.Offset + erratum.Verbatim.Length;
        }

        return builder is not null ? builder.Append(text, cursor, end - cursor).ToString() : verbatim ?? text.Substring(offset, length);
    }

    private static PendingErratum[] SortByOffset(List<PendingErratum> errata)
    {
        var sorted = errata.ToArray();

        // Array.Sort is not stable; the index breaks ties so equal offsets stay in the order they were added.
        var keys = new (int Offset, int Index)[sorted.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (sorted[i].Offset, i);
        }

        Array.Sort(keys, sorted);
        return sorted;
    }

    private static int FirstAtOrAfter(PendingErratum[] sorted, int offset)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].Offset < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    public ValueList<Erratum> Build(DocumentId documentId, SourceText source) =>
        pending
            .OrderBy(e => e.Offset)
            .ThenBy(e => e.Kind)
            .Select((e, index) => new Erratum(
                new ErratumId(documentId, index + 1),
                documentId,
                e.Kind,
                e.Location,
                e.MeasureNumber,
                source.Span(e.Offset, e.Verbatim.Length),
                e.Verbatim,
                e.Correction,
                e.Explanation))
            .ToValueList();

    // Whole characters, not UTF-16 halves: half of a surrogate pair in the explanation is not text (it cannot be
    // written as UTF-8), and the JSON export would not read back equal.
    private static string CharacterEndingAt(string text, int end)
    {
        Rune.DecodeLastFromUtf16(text.AsSpan(0, end), out var rune, out _);
        return rune.ToString();
    }

    private static string CharacterStartingAt(string text, int start)
    {
        Rune.DecodeFromUtf16(text.AsSpan(start), out var rune, out _);
        return rune.ToString();
    }

    private static bool IsWide(char c) => c >= '\u2E80' || c is '\u201C' or '\u201D' or '\u2018' or '\u2019';

    internal sealed record PendingErratum(
        ErratumKind Kind, string Location, int? MeasureNumber, int Offset, string Verbatim, string Correction, string Explanation);
}
