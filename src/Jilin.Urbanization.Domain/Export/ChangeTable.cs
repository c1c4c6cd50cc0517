using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// What changed between two days of knowledge, one row per entry (new, 更正, 撤回, 重报) and one per target and
/// subject whose status changed: the table an office sends with its quarterly report. CSV, JSON and Markdown like
/// every export table.
/// </summary>
public sealed class ChangeTable : ExportTable<ChangeRow>
{
    private const string StatusChanged = "statusChanged";

    private static readonly ValueList<TableColumn<ChangeRow>> AllColumns = new TableColumn<ChangeRow>[]
    {
        new("recordedOn", r => r.RecordedOn),
        // An entry's effect (新增, 更正, 撤回, 重报) or a target's status change, read in the culture; JSON keeps the machine name.
        new("change", r => r.Change) { Readable = (r, culture) => r.Change == StatusChanged ? ReportText.Get("Text.StatusChanged", culture) : ReadableCells.Label<EntryEffect>(r.Change, ReportText.Of, culture) },
        new("item", r => r.Item),
        new("subject", r => r.Subject.Code),
        new("subjectName", r => r.Subject.Name),
        new("day", r => r.Day),
        ReadableCells.Status<ChangeRow>("value", r => r.Value?.ToString() ?? string.Empty),
        ReadableCells.Status<ChangeRow>("previous", r => r.Previous?.ToString() ?? string.Empty),
        new("recordedBy", r => r.RecordedBy?.Name ?? string.Empty),
        new("reason", r => r.Reason ?? string.Empty),
    }.ToValueList();

    private ChangeTable(IEnumerable<ChangeRow> rows)
        : base(rows)
    {
    }

    /// <inheritdoc/>
    public override ValueList<TableColumn<ChangeRow>> Columns => AllColumns;

    /// <inheritdoc/>
    public override string Name => "changes";

    /// <inheritdoc/>
    protected override JsonTypeInfo<IReadOnlyList<ChangeRow>> JsonTypeInfo => ExportJsonContext.Readable.IReadOnlyListChangeRow;

    /// <summary>The table of <paramref name="changes"/>: its entries, then its status changes (recorded on the later day).</summary>
    /// <param name="changes">The changes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public static ChangeTable From(ChangeReport changes)
    {
        Guard.Against.Null(changes);
        var names = ImplementationTracker.DirectoryFor(changes.Scope.Catalog);
        var rows = new List<ChangeRow>();
        foreach (var version in changes.Entries)
        {
            var key = version.Entry.Key;
            rows.Add(new ChangeRow(
                LocalDatePattern.Iso.Format(version.Entry.RecordedOn),
                EnumNames.ToJson(version.Effect),
                key.Kind == EntryKind.Figure ? key.Target.ToString() : key.Measure.ToString(),
                ReportSubject.Of(key.Subject, names),
                LocalDatePattern.Iso.Format(key.Day),
                ValueOf(version.Entry),
                version.Previous is { } previous ? ValueOf(previous) : null,
                ReportSubject.Of(version.Entry.RecordedBy, names),
                version.Entry.Reason));
        }

        var through = LocalDatePattern.Iso.Format(changes.Through);
        foreach (var change in changes.Statuses)
        {
            rows.Add(new ChangeRow(
                through,
                StatusChanged,
                change.After.Target.Id.ToString(),
                ReportSubject.Of(change.After.Subject, names),
                LocalDatePattern.Iso.Format(changes.AsOf),
                new ChangeValue(null, EnumNames.ToJson(change.After.Status), change.After.IsOverdue),
                new ChangeValue(null, EnumNames.ToJson(change.Before.Status), change.Before.IsOverdue),
                null,
                null));
        }

        return new ChangeTable(rows);
    }

    // A withdrawal has no value.
    private static ChangeValue? ValueOf(ITrackingEntry entry) => entry switch
    {
        ProgressObservation o => new ChangeValue(ReportQuantity.Of(o.Value), null, false),
        StatusUpdate u => new ChangeValue(null, EnumNames.ToJson(u.Status), false),
        _ => null,
    };
}
