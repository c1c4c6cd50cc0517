using System.Text.Json;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.WebApi.Progress;

/// <summary>One version in a history (GET /history/…): when, by whom and why it was recorded, what it did, and its value or status.</summary>
/// <param name="Day">The day the figure or status is about.</param>
/// <param name="RecordedOn">填报日期.</param>
/// <param name="RecordedBy">填报单位 (canonical text).</param>
/// <param name="Reason">更正原因 / 撤回原因, or null.</param>
/// <param name="Effect">new, correction, withdrawal, unchanged.</param>
/// <param name="Value">A figure's value, or null.</param>
/// <param name="Unit">A figure's unit, or null.</param>
/// <param name="Status">A status update's status, or null.</param>
/// <param name="Narrative">A status update's narrative, or null.</param>
/// <param name="Source">Where it came from, or null.</param>
/// <param name="Note">A figure's note, or null.</param>
public sealed record HistoryEntry(string Day, string RecordedOn, string RecordedBy, string? Reason, string Effect, decimal? Value, string? Unit, string? Status, string? Narrative, string? Source, string? Note)
{
    /// <summary>The history entry of <paramref name="version"/>.</summary>
    /// <param name="version">A version from TrackingLog.Versions.</param>
    public static HistoryEntry From(EntryVersion version)
    {
        var e = version.Entry;
        var (value, unit, status, narrative, source, note) = e switch
        {
            ProgressObservation o => ((decimal?)o.Value.Value, o.Value.Unit.Symbol, (string?)null, (string?)null, o.Source, o.Note),
            StatusUpdate s => (null, null, JsonName(s.Status), s.Narrative, s.Source, null),
            _ => ((decimal?)null, (string?)null, (string?)null, (string?)null, (string?)null, (string?)null),
        };
        return new HistoryEntry(
            LocalDatePattern.Iso.Format(e.Key.Day), LocalDatePattern.Iso.Format(e.RecordedOn), e.RecordedBy.ToString(), e.Reason,
            JsonName(version.Effect), value, unit, status, narrative, source, note);
    }

    // The enum's JSON name, as the library writes it (camelCase: inProgress, correction).
    private static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
