using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>How the tool names an entry and an effect for people, with subjects by name.</summary>
internal static class EntryText
{
    /// <summary><c>jilin-2022-county-urbanization/43/t1 梅河口市 2022-12-20: 1 所</c>.</summary>
    public static string Describe(ImplementationTracker tracker, ITrackingEntry entry) => entry switch
    {
        ProgressObservation o => $"{o.TargetId} {tracker.Subjects.NameOf(o.Subject)} {Day(o.ObservedOn)}: {o.Value}",
        StatusUpdate s => $"{s.Measure} {tracker.Subjects.NameOf(s.Reporter)} {Day(s.ReportedOn)}: {s.Status}",
        Withdrawal w => $"{Describe(tracker, w.Entry)} (by {tracker.Subjects.NameOf(w.RecordedBy)})",
        _ => entry.ToString() ?? string.Empty,
    };

    /// <summary>What a withdrawal takes back: <c>jilin-2022-county-urbanization/37/t1 通榆县 2025-09-30</c>.</summary>
    public static string Describe(ImplementationTracker tracker, EntryKey key) =>
        $"{(key.Kind == EntryKind.Status ? key.Measure.ToString() : key.Target.ToString())} {tracker.Subjects.NameOf(key.Subject)} {Day(key.Day)}";

    /// <summary>The effect as the office says it: new 新增, corrected 更正, withdrawn 撤回, unchanged 重报, no-op 重复.</summary>
    public static string Effect(EntryEffect effect) => effect switch
    {
        EntryEffect.New => "new 新增",
        EntryEffect.Correction => "corrected 更正",
        EntryEffect.Withdrawal => "withdrawn 撤回",
        EntryEffect.Unchanged => "unchanged 重报",
        _ => "no-op 重复",
    };

    /// <summary>A day as <c>yyyy-MM-dd</c>.</summary>
    public static string Day(NodaTime.LocalDate day) => LocalDatePattern.Iso.Format(day);
}
