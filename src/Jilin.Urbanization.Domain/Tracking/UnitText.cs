using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Units as people type them in progress files: any <see cref="Unit"/> symbol (万 before a count unit: 万人), full-width
/// forms (％), and English words (percent, fraction, dwellings, households, people, km …), case-insensitive. The text is
/// a token (<see cref="StrictText.IsToken(string)"/>): no padding, no control or invisible character anywhere, so
/// <c>"frac\r\ntion"</c> is not read as <c>fraction</c>.
/// </summary>
internal static class UnitText
{
    private static readonly Dictionary<string, Unit> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["percent"] = Unit.Percent,
        ["per cent"] = Unit.Percent,
        ["pct"] = Unit.Percent,
        ["persons"] = Unit.Person,
        ["person"] = Unit.Person,
        ["km"] = Unit.Kilometre,
        ["kilometers"] = Unit.Kilometre,
        ["m2"] = Unit.SquareMetre,
        ["t"] = Unit.Tonne,
    };

    public static bool TryRead(string? text, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (!StrictText.IsToken(text))
        {
            return false;
        }

        // Only the width of ASCII forms is folded (％ → %); whitespace and line breaks are never dropped.
        var normal = string.Create(text!.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(source[i] - 0xFEE0) : source[i];
            }
        });
        if (Unit.TryParse(normal, out unit) || Words.TryGetValue(normal, out unit))
        {
            return true;
        }

        foreach (var known in Unit.Known)
        {
            if (string.Equals(known.EnglishName, normal, StringComparison.OrdinalIgnoreCase))
            {
                unit = known;
                return true;
            }
        }

        return false;
    }

    public static string Known => $"{string.Join(" ", Unit.Known.Select(u => u.Symbol))}, 万 before a count unit (万人), or English words (percent, fraction, people, households, dwellings, km …)";
}
