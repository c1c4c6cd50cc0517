using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using NodaTime;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>
/// Every supervised item's light (三色预警) as of a day, as known on a day, with roll-ups per county, department and
/// chapter. A pure function of the tracking log, the supervision log, the scope, the rules and the two days: issued
/// again later, it is the same.
/// </summary>
public sealed record LightReport
{
    /// <summary>The day the lights describe.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The day of knowledge: only entries recorded on or before it count.</summary>
    public required LocalDate KnownOn { get; init; }

    /// <summary>The rules used.</summary>
    public required LightRules Rules { get; init => field = Guard.Against.Null(value, nameof(Rules)); }

    /// <summary>The lights of the open items, in item order.</summary>
    public required ValueList<ItemLight> Items { get; init => field = Guard.Against.Null(value, nameof(Items)); }

    /// <summary>The items closed (销号) as of the day: verified, and not reopened; they have no light.</summary>
    public required ValueList<SupervisedItem> Closed { get; init => field = Guard.Against.Null(value, nameof(Closed)); }

    /// <summary>Per county (县(市)): the lights of its own figures and reports.</summary>
    public required ValueList<LightRollup> Counties { get; init => field = Guard.Against.Null(value, nameof(Counties)); }

    /// <summary>Per department: the lights of the items it is responsible for.</summary>
    public required ValueList<LightRollup> Departments { get; init => field = Guard.Against.Null(value, nameof(Departments)); }

    /// <summary>Per chapter of each document.</summary>
    public required ValueList<LightRollup> Chapters { get; init => field = Guard.Against.Null(value, nameof(Chapters)); }

    /// <summary>The items of one colour.</summary>
    /// <param name="light">The colour.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="light"/> is not defined.</exception>
    public int CountOf(Light light)
    {
        DefinedEnum.Required(light);
        return Items.Count(i => i.Light == light);
    }

    /// <summary>The lights of one colour, in item order.</summary>
    /// <param name="light">The colour.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="light"/> is not defined.</exception>
    public ValueList<ItemLight> Of(Light light)
    {
        DefinedEnum.Required(light);
        return Items.Where(i => i.Light == light).ToValueList();
    }

    /// <summary>Readable form (English, for logs): the days and the counts; <see cref="Labels.ReportText.Summary(LightReport, System.Globalization.CultureInfo?)"/> says it in a culture.</summary>
    public override string ToString() =>
        $"Lights as of {SupervisionDays.Iso(AsOf)}, as known on {SupervisionDays.Iso(KnownOn)}: {Items.Count} item(s) — {CountOf(Light.Green)} green, {CountOf(Light.Yellow)} yellow, {CountOf(Light.Red)} red, {CountOf(Light.Grey)} grey; {Closed.Count} closed";
}
