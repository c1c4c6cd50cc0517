using System.Diagnostics.CodeAnalysis;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// Units as people type them in progress files: any <see cref="Unit"/> symbol (万 before a count unit: 万人), full-width
/// forms (％), and English words (percent, fraction, dwellings, households, people, km …), case-insensitive.
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
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normal = NameNormalizer.Normalize(text.Trim());
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
