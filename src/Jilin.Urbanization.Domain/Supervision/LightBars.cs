using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Charts;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// The lights of a <see cref="LightReport"/>'s roll-ups as stacked bars (one per county, department or chapter) in the
/// light's colours, for <see cref="StatusChart.Render"/> and the HTML reports.
/// </summary>
public static class LightBars
{
    /// <summary>The colour of a light: green #2e7d32, yellow #f9a825, red #c62828, grey #9e9e9e.</summary>
    /// <param name="light">The light.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="light"/> is not defined.</exception>
    public static string ColourOf(Light light) => DefinedEnum.Required(light) switch
    {
        Light.Green => "#2e7d32",
        Light.Yellow => "#f9a825",
        Light.Red => "#c62828",
        _ => "#9e9e9e",
    };

    /// <summary>One bar per roll-up, labelled with its name, its segments red, yellow, green, grey.</summary>
    /// <param name="rollups">The roll-ups (a report's <c>Counties</c>, <c>Departments</c> or <c>Chapters</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rollups"/> or one of its items is null.</exception>
    public static ValueList<StatusBar> Of(IEnumerable<LightRollup> rollups)
    {
        Guard.Against.Null(rollups);
        return rollups.Select(r => new StatusBar(
                Guard.Against.Null(r, nameof(rollups)).Name,
                new[] { Light.Red, Light.Yellow, Light.Green, Light.Grey }.Select(l => new StatusCount(ItemLight.NameOf(l), r.CountOf(l), ColourOf(l)))))
            .ToValueList();
    }

    /// <summary>The roll-ups as an SVG chart.</summary>
    /// <param name="rollups">The roll-ups.</param>
    /// <param name="title">The chart's title (三色预警 by county).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rollups"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or whitespace.</exception>
    public static SvgChart Chart(IEnumerable<LightRollup> rollups, string title) => StatusChart.Render(Of(rollups), title);
}
