namespace Jilin.Urbanization.Domain.Excel.Writing;

/// <summary>
/// How wide text shows in a spreadsheet column, in Excel's width unit (one Latin digit): a CJK character (East Asian
/// wide or full-width) counts 2, others 1; a multi-line cell counts its longest line.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>The display width of a cell's text.</summary>
    public static int Of(string text)
    {
        var (widest, line) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (widest, line) = (Math.Max(widest, line), 0);
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                // Characters beyond the BMP that people type here are CJK extension ideographs (𠮷): wide.
                line += 2;
                i++;
                continue;
            }

            line += IsWide(c) ? 2 : 1;
        }

        return Math.Max(widest, line);
    }

    /// <summary>Whether a character is East Asian wide or full-width (Hangul Jamo, CJK punctuation to Yi, Hangul, compatibility ideographs, full-width forms).</summary>
    public static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
