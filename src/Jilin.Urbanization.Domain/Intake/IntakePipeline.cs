using System.Runtime.CompilerServices;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Collections;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// The normaliser and validator of intake over any source: finds each table's header row, names its columns through
/// the <see cref="HeaderTable"/>, reads every cell by its field's rule and checks every entry with the tracker's rules
/// (<see cref="TrackingRules"/>, <see cref="ObservationRule"/>, the log's <see cref="Ledger"/>). A row with a problem
/// gives no entry and the reading goes on; strict mode throws at the first problem.
/// </summary>
/// <remarks>
/// Per distinct text a million rows resolve a few hundred targets, subjects, units and dates once each (the caches
/// remember successes only), and equal quantities and repeated free texts are one object each.
/// </remarks>
internal sealed class IntakePipeline
{
    // A cache stops growing at this many items: its table (slots of 24 to 40 bytes, grown to 1,931) stays below the
    // large-object threshold, whose allocations start gen-2 collections (a quarter's distinct values reached 4,049 slots).
    private const int PoolLimit = 1900;
    private const int Fields = (int)IntakeField.Action + 1;

    // How many rows left blank a report names (the rest are counted).
    private const int NotFilledKept = 20;

    private readonly PolicyCatalog catalog;
    private readonly IntakeOptions options;
    private readonly SubjectDirectory subjects;
    private readonly TrackingRules rules;
    private readonly Ledger ledger = new();
    private readonly ChunkedArray<long> places = new();   // each stored entry's table and row, for messages about it
    private int placed;
    private readonly List<(string File, string? Sheet, bool Json)> tables = [];
    private readonly List<ValidationProblem> problems = [];
    private int total;
    private int rows;
    private int notFilled;
    private readonly List<IntakeLocation> notFilledAt = [];
    private int notData;
    private readonly List<IntakeLocation> notDataAt = [];

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TargetIndicator> targetCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Subject> subjectCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalDate> dateCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> unitCache = new(StringComparer.Ordinal);
    private readonly Dictionary<(decimal Value, Unit Unit), Quantity> quantities = new(QuantityKeys.Instance);
    private Dictionary<TargetId, string>? firstFigure;

    // The table being read; for a format that names columns per entry, the later synonyms of a field.
    private readonly List<(IntakeField Field, int Column)> alternates = [];
    private IntakeTable table = null!;
    private string file = string.Empty;
    private string[] names = [];
    private Unit? columnUnit;   // the unit the value column's header names in brackets, if any
    private Unit? valueUnit;    // the unit written inside the current row's value cell (2所), if any
    private int tableIndex;

    public IntakePipeline(PolicyCatalog catalog, IntakeOptions options)
    {
        this.catalog = catalog;
        this.options = options;
        subjects = ImplementationTracker.DirectoryFor(catalog);
        rules = new TrackingRules(catalog, subjects);
    }

    /// <summary>
    /// True (the default) to count rows of a table with a header row that fill in nothing (a template's rows left
    /// blank) as not filled, and totals and sign-off or note lines (合计, 填表人：…) as not data, instead of reporting
    /// each one's cells; false reports them as any row (the strict tracking readers: a program's file holds data only).
    /// </summary>
    public bool SkipsUnfilled { get; init; } = true;

    /// <summary>Which entries a table may hold: any (the default), or figures only or statuses only (the tracking readers' per-kind CSV methods).</summary>
    public IntakeEntries Entries { get; init; } = IntakeEntries.Any;

    /// <summary>
    /// True for the 1.x progress report: one figure per target, for the province (a subject column is refused), instead
    /// of the tracker's rules of place.
    /// </summary>
    public bool OnePerTarget { get; init; }

    /// <summary>
    /// True to take figures as written (the tracking readers, which read back what the library writes): a compatible
    /// unit is kept, not converted to the target's, and a probable fraction against a % target is not guessed at.
    /// </summary>
    public bool AsWritten { get; init; }

    /// <summary>The only fields the members of a JSON entry may name (the 1.x progress report's closed members); null: any, unknown ones ignored.</summary>
    public IntakeField[]? ClosedMembers { get; init; }

    public IntakeResult Result() =>
        new(TrackingLog.Over(ledger), new ValidationReport(problems.ToValueList(), total, options.ProblemLimit, rows, notFilled, notFilledAt.ToValueList())
        {
            NotData = notData,
            NotDataRows = notDataAt.ToValueList(),
        });

    /// <summary>A problem of a whole file (none of the known formats, not readable at all).</summary>
    public void FileProblem(string fileName, string message, string? suggestion) =>
        Add(new ValidationProblem(IntakeLocation.Of(fileName), string.Empty, message, suggestion));

    /// <summary>Reads every table of the source.</summary>
    public void Read(IntakeSource source)
    {
        file = source.FileName;
        if (OnePerTarget)
        {
            firstFigure ??= [];
        }

        var headered = 0;
        var headerless = new List<IntakeLocation>();
        while (true)
        {
            IntakeTable? next;
            try
            {
                next = source.NextTable();
            }
            catch (PolicyDataException e) when (!options.Strict)
            {
                FileProblem(file, e.Message, null);
                return;
            }

            if (next is null)
            {
                break;
            }

            table = next;
            tables.Add((file, table.Sheet, table.JsonPath(-1, string.Empty) is not null));
            tableIndex = tables.Count - 1;
            try
            {
                if (ReadTable())
                {
                    headered++;
                }
                else
                {
                    headerless.Add(IntakeLocation.Of(file, table.Sheet));
                }
            }
            catch (PolicyDataException e) when (!options.Strict)
            {
                // The rest of the table cannot be read (an open quote, text that does not decode): one problem, and on.
                headered++;
                Add(new ValidationProblem(IntakeLocation.Of(file, table.Sheet), string.Empty, e.Message, null));
            }
        }

        // A sheet without a header row (填报说明, a chart) is no data when another sheet has one; a file with none is a problem.
        if (headered == 0)
        {
            if (headerless.Count == 0)
            {
                FileProblem(file, "The file is empty.", "Fill in a header row naming the columns, then one row per figure or status.");
            }

            foreach (var where in headerless)
            {
                Add(new ValidationProblem(
                    where,
                    string.Empty,
                    $"No header row among the first {options.HeaderSearchRows} rows: a header names the columns, and at least the target's or the measure's.",
                    "Put a header row above the data: 指标编号, 地区, 完成值, 单位, 统计日期 for figures, or 举措编号, 责任单位, 进展状态, 截至日期 for statuses (docs/intake.md lists every name)."));
            }
        }
    }

    // False when the table has no header row.
    private bool ReadTable()
    {
        if (table.Header is { } given)
        {
            names = [.. given];
        }
        else if (Entries != IntakeEntries.Any)
        {
            // The tracking readers' files: the first line is the header, whatever it names.
            if (!FirstRowHeader())
            {
                return true;
            }
        }
        else if (!FindHeader())
        {
            return false;
        }

        alternates.Clear();
        var qualifiers = new string?[names.Length];
        var keys = names.Select((n, c) => HeaderTable.KnownKey(n, out qualifiers[c])).ToArray();
        var hasTarget = Entries != IntakeEntries.Statuses && keys.Any(k => HeaderTable.FieldOf(k, status: false) == IntakeField.Target);
        var hasMeasure = Entries != IntakeEntries.Figures && keys.Any(k => HeaderTable.FieldOf(k, status: true) == IntakeField.Measure);
        if (!hasTarget && !hasMeasure)
        {
            if (Entries == IntakeEntries.Any && table.Header is null)
            {
                return false;
            }

            if (table.Header is { Count: 0 })
            {
                // A JSON list of no objects: empty, or entries that are not objects (each one a problem at its index).
                while (table.ReadRow())
                {
                    rows++;
                    Add(new ValidationProblem(At(-1), string.Empty, table.RowProblem ?? "The entry is an empty object.", null));
                }

                return true;
            }

            // A table that must hold one kind (a JSON list, a reader's CSV) but lacks its key column: refused at the header.
            _ = Layout(keys, status: Entries == IntakeEntries.Statuses || (Entries == IntakeEntries.Any && table.Sheet == "statusUpdates"));
            return true;
        }

        var figure = hasTarget ? Layout(keys, status: false) : null;
        var status = hasMeasure ? Layout(keys, status: true) : null;
        if ((hasTarget && figure is null) || (hasMeasure && status is null) || !ColumnUnit(figure, qualifiers))
        {
            return true; // refused at the header
        }

        while (table.ReadRow())
        {
            if (table.RowProblem is { } unreadable)
            {
                rows++;
                Add(new ValidationProblem(At(-1), string.Empty, unreadable, null));
                continue;
            }

            if (IsBlank())
            {
                continue;
            }

            var isStatus = status is not null && (figure is null || !IntakeCells.Trim(table.Cell(status[(int)IntakeField.Measure])).IsEmpty);
            if (SkipsUnfilled && table.Header is null && IsNotData())
            {
                // A total (合计) or a sign-off or note line (填表人：…, 注：…): counted, no entry, no problem.
                notData++;
                if (notDataAt.Count < NotFilledKept)
                {
                    notDataAt.Add(new IntakeLocation(file, table.Sheet, table.RowNumber, 0, null, null));
                }

                continue;
            }

            if (SkipsUnfilled && table.Header is null && IsUnfilled(isStatus ? status! : figure!, isStatus))
            {
                // A template row the office left as it came (ids, names, units only): counted, no entry, no problem.
                // Only in tables of rows under a header row (CSV, TSV, worksheets): a JSON entry is written by a program, so a missing value there is a problem.
                notFilled++;
                if (notFilledAt.Count < NotFilledKept)
                {
                    notFilledAt.Add(new IntakeLocation(file, table.Sheet, table.RowNumber, 0, null, table.JsonPath(-1, string.Empty)));
                }

                continue;
            }

            rows++;
            var first = problems.Count;
            if (BeyondHeader() is { } beyond)
            {
                // A value in a column the header does not reach would be dropped unseen.
                Problem(beyond, $"The row has a value in column {IntakeLocation.Letters(table.ColumnNumber(beyond))}, beyond the header's last column.", "Name the column in the header row, or move the value into a named column.");
                continue;
            }

            var layout = isStatus ? status! : figure!;
            if (alternates.Count > 0 && !Synonyms(ref layout))
            {
                continue;
            }

            if (isStatus)
            {
                StatusRow(layout);
            }
            else
            {
                FigureRow(layout);
            }

            // A row's problems in the order of its columns (the whole row's last), as the person reads the row.
            if (problems.Count - first > 1)
            {
                var sorted = problems.GetRange(first, problems.Count - first).OrderBy(p => p.Location.Column == 0 ? int.MaxValue : p.Location.Column).ToArray();
                problems.RemoveRange(first, sorted.Length);
                problems.AddRange(sorted);
            }
        }

        return true;
    }

    // The first row as the header; false (and a problem) when the table has no row at all.
    private bool FirstRowHeader()
    {
        while (table.ReadRow())
        {
            if (table.RowProblem is not null)
            {
                continue;
            }

            names = new string[table.CellCount];
            for (var c = 0; c < names.Length; c++)
            {
                names[c] = IntakeCells.Trim(table.Cell(c)).ToString();
            }

            return true;
        }

        Add(new ValidationProblem(IntakeLocation.Of(file, table.Sheet), string.Empty, "The file is empty; its first line must be a header naming the columns.", null));
        return false;
    }

    /// <summary>
    /// The row's own columns where an entry names a field by a later synonym; false (and a problem at the second) when
    /// the entry gives one field under two names.
    /// </summary>
    private bool Synonyms(ref int[] layout)
    {
        int[]? own = null;
        foreach (var (field, column) in alternates)
        {
            var current = (own ?? layout)[(int)field];
            if (current < 0 || IntakeCells.Trim(table.Cell(column)).IsEmpty)
            {
                continue;
            }

            if (!IntakeCells.Trim(table.Cell(current)).IsEmpty)
            {
                Add(new ValidationProblem(
                    At(column),
                    Text(column),
                    $"The entry names both {StrictText.Quote(names[current])} and {StrictText.Quote(names[column])}, which mean the same; reading one would drop the other's data.",
                    "Keep one of the two members."));
                return false;
            }

            own ??= (int[])layout.Clone();
            own[(int)field] = column;
        }

        layout = own ?? layout;
        return true;
    }

    private bool FindHeader()
    {
        for (var i = 0; i < options.HeaderSearchRows; i++)
        {
            if (!table.ReadRow())
            {
                return false;
            }

            if (table.RowProblem is not null)
            {
                continue;
            }

            var known = 0;
            var key = false;
            for (var c = 0; c < table.CellCount; c++)
            {
                var k = HeaderTable.KnownKey(table.Cell(c), out _);
                known += HeaderTable.IsKnown(k) ? 1 : 0;
                key |= HeaderTable.FieldOf(k, status: false) == IntakeField.Target || HeaderTable.FieldOf(k, status: true) == IntakeField.Measure;
            }

            if (key && known >= 2)
            {
                names = new string[table.CellCount];
                for (var c = 0; c < names.Length; c++)
                {
                    names[c] = IntakeCells.Trim(table.Cell(c)).ToString();
                }

                return true;
            }
        }

        return false;
    }

    // Each field's column (-1: none); null when the header is refused (two columns of one field, a required one missing).
    private int[]? Layout(string[] keys, bool status)
    {
        var columns = new int[Fields];
        Array.Fill(columns, -1);
        var filler = -1;
        var refused = false;
        for (var c = 0; c < keys.Length; c++)
        {
            if (keys[c] == HeaderTable.Filler)
            {
                filler = c;
                continue;
            }

            var field = HeaderTable.FieldOf(keys[c], status);
            if (ClosedMembers is { } closed && table.Header is not null && !closed.Contains(field))
            {
                refused = true;
                Add(new ValidationProblem(
                    HeaderAt(c),
                    names[c],
                    $"The entries name the unknown member {StrictText.Quote(names[c])}; expected {string.Join(", ", closed.Select(f => $"'{HeaderTable.NameOf(f, status)}'"))}.",
                    null));
                continue;
            }

            if (field != default(IntakeField))
            {
                refused |= !Place(columns, field, c);
            }
        }

        if (OnePerTarget && !status && (columns[(int)IntakeField.Subject] >= 0 || filler >= 0))
        {
            var at = columns[(int)IntakeField.Subject] >= 0 ? columns[(int)IntakeField.Subject] : filler;
            Add(new ValidationProblem(
                HeaderAt(at),
                names[at],
                "A progress report holds one figure per target for the province; for figures per county or department read the file with TrackingLogReader.ReadObservationsCsv and evaluate it with an ImplementationTracker.",
                null));
            return null;
        }

        // 填报单位 is who the row is for, unless another column says that: then it is who recorded the row.
        if (filler >= 0)
        {
            var who = status ? IntakeField.Reporter : IntakeField.Subject;
            refused |= !Place(columns, columns[(int)who] < 0 ? who : IntakeField.RecordedBy, filler);
        }

        IntakeField[] required = status
            ? columns[(int)IntakeField.Action] >= 0 ? [IntakeField.Measure, IntakeField.Reporter, IntakeField.ReportedOn] : [IntakeField.Measure, IntakeField.Reporter, IntakeField.Status, IntakeField.ReportedOn]
            : columns[(int)IntakeField.Action] >= 0 ? [IntakeField.Target, IntakeField.ObservedOn] : [IntakeField.Target, IntakeField.Value, IntakeField.ObservedOn];
        foreach (var field in required)
        {
            if (columns[(int)field] < 0)
            {
                refused = true;
                Add(new ValidationProblem(
                    HeaderAt(-1),
                    string.Empty,
                    $"The header has no {HeaderTable.NamesOf(field, status)} column.",
                    "Add the column; columns are matched by name, in any order (docs/intake.md lists every name)."));
            }
        }

        return refused ? null : columns;
    }

    private bool Place(int[] columns, IntakeField field, int column)
    {
        var other = columns[(int)field];
        if (other < 0)
        {
            columns[(int)field] = column;
            return true;
        }

        if (table.Header is not null)
        {
            // A format that names its columns per entry (JSON): one entry may say 'target', another 'indicator'; an
            // entry that gives both is refused at its second (Synonyms).
            alternates.Add((field, column));
            return true;
        }

        Add(new ValidationProblem(
            HeaderAt(column),
            names[column],
            $"The header names both {StrictText.Quote(names[other])} (column {IntakeLocation.Letters(table.ColumnNumber(other))}) and {StrictText.Quote(names[column])}, which mean the same; reading one would drop the other's data.",
            "Keep one of the two columns (or rename the other to a name intake does not read)."));
        return false;
    }

    /// <summary>
    /// True when the row fills in nothing a person writes: no value, day, status, narrative, source, note, recording day,
    /// reason, and no action other than 填报 — only what a template fills in beforehand (ids, names, units, deadlines).
    /// </summary>
    private bool IsUnfilled(int[] col, bool status)
    {
        ReadOnlySpan<IntakeField> written = status
            ? [IntakeField.Status, IntakeField.ReportedOn, IntakeField.Narrative, IntakeField.Source, IntakeField.RecordedOn, IntakeField.Reason]
            : [IntakeField.Value, IntakeField.ObservedOn, IntakeField.Source, IntakeField.Note, IntakeField.RecordedOn, IntakeField.Reason];
        foreach (var field in written)
        {
            if (col[(int)field] >= 0 && !IntakeCells.Trim(table.Cell(col[(int)field])).IsEmpty)
            {
                return false;
            }
        }

        var action = col[(int)IntakeField.Action];
        return action < 0 || IntakeCells.Trim(table.Cell(action)) is [] or "填报" or "report";
    }

    // The first non-empty cell of the row beyond the header's columns (a row of a table whose header is a row), or null.
    private int? BeyondHeader()
    {
        if (table.Header is not null)
        {
            return null;
        }

        for (var c = names.Length; c < table.CellCount; c++)
        {
            if (!IntakeCells.Trim(table.Cell(c)).IsEmpty)
            {
                return c;
            }
        }

        return null;
    }

    // Every filled cell (the target's or measure's too, often column A) a total word or a sign-off or note label (see NotDataRows).
    private bool IsNotData()
    {
        for (var c = 0; c < table.CellCount; c++)
        {
            var cell = IntakeCells.Trim(table.Cell(c));
            if (!cell.IsEmpty && !NotDataRows.IsNotDataCell(cell))
            {
                return false;
            }
        }

        return true; // not blank: blank rows were skipped before
    }

    private bool IsBlank()
    {
        for (var c = 0; c < table.CellCount; c++)
        {
            if (!IntakeCells.Trim(table.Cell(c)).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private void FigureRow(int[] col)
    {
        var ok = true;
        var withdraw = Action(col[(int)IntakeField.Action], ref ok);
        var targetAt = col[(int)IntakeField.Target];
        var target = Target(targetAt, ref ok);
        var subjectAt = col[(int)IntakeField.Subject];
        var subject = SubjectOf(subjectAt, blankIsProvince: true, ref ok);
        var dateAt = col[(int)IntakeField.ObservedOn];
        var day = Day(dateAt, ref ok);
        if (withdraw)
        {
            if (ok && target is not null)
            {
                Withdraw(EntryKey.Figure(target.Id, subject, day), col, subjectAt >= 0 ? subjectAt : targetAt);
            }

            return;
        }

        var valueAt = col[(int)IntakeField.Value];
        var unitAt = col[(int)IntakeField.Unit];
        var number = Number(valueAt, ref ok);
        var unit = target is null ? null : UnitOf(unitAt, valueAt, number, target, ref ok);
        var source = FreeText(col[(int)IntakeField.Source], "source", ref ok);
        var note = FreeText(col[(int)IntakeField.Note], "note", ref ok);
        var recording = Recording(col, ref ok);
        if (!ok || target is null || unit is null)
        {
            return;
        }

        var value = number.Value;
        if (!AsWritten && !ReferenceEquals(unit, target.Unit) && unit.IsCompatibleWith(target.Unit)
            && CheckedDecimal.TryRescale(value, unit.Factor, target.Unit.Factor, out var converted) && CheckedDecimal.IsWithinDataLimit(converted))
        {
            (value, unit) = (IntakeNumber.Normal(converted), target.Unit);
        }

        if (!AsWritten && ReferenceEquals(unit, target.Unit) && unit == Unit.Percent && target.Value >= 10m && !number.Percent && value is > 0m and <= 1m)
        {
            Problem(valueAt, $"{StrictText.Quote(Text(valueAt))} against target {target.Id} ({target.Value} %) looks like a fraction of one, not {value} %.",
                $"Write it in per cent ({value * 100m}); if it really is {value} %, write {value}%.");
            return;
        }

        var quantity = QuantityOf(value, unit);
        if (!ObservationRule.TryCheck(target, quantity, day, out var broken, out var part))
        {
            Problem(part switch { ObservationPart.Unit => unitAt >= 0 ? unitAt : valueAt, ObservationPart.Value => valueAt, _ => dateAt }, broken, null);
            return;
        }

        var figure = new ProgressObservation(target.Id, subject, quantity, day, source, note);
        if (firstFigure is not null)
        {
            // The 1.x progress report: one figure per target, where it was first given.
            if (!firstFigure.TryAdd(target.Id, At(targetAt).ToString()))
            {
                Problem(targetAt, $"The target '{target.Id}' is observed twice (first at {firstFigure[target.Id]}); a report holds one observation per target.", null);
                return;
            }
        }
        else if (rules.CheckPlace(figure, out _) is { } misfit)
        {
            Problem(subjectAt >= 0 ? subjectAt : targetAt, Capital(misfit), null);
            return;
        }

        Store(Stamp(figure, recording, col), col);
    }

    private void StatusRow(int[] col)
    {
        var ok = true;
        var withdraw = Action(col[(int)IntakeField.Action], ref ok);
        var measureAt = col[(int)IntakeField.Measure];
        var measure = Measure(measureAt, ref ok);
        var reporterAt = col[(int)IntakeField.Reporter];
        var reporter = SubjectOf(reporterAt, blankIsProvince: false, ref ok);
        var dateAt = col[(int)IntakeField.ReportedOn];
        var day = Day(dateAt, ref ok);
        if (withdraw)
        {
            if (ok)
            {
                Withdraw(EntryKey.Status(measure, reporter, day), col, reporterAt);
            }

            return;
        }

        var statusAt = col[(int)IntakeField.Status];
        var status = Status(statusAt, ref ok);
        var narrative = FreeText(col[(int)IntakeField.Narrative], "narrative", ref ok) ?? string.Empty;
        var source = FreeText(col[(int)IntakeField.Source], "source", ref ok);
        var recording = Recording(col, ref ok);
        if (!ok)
        {
            return;
        }

        var update = new StatusUpdate(measure, reporter, day, status, narrative, source);
        if (rules.Check(update) is { } error)
        {
            Problem(reporterAt, Capital(error), null);
            return;
        }

        Store(Stamp(update, recording, col), col);
    }

    private void Withdraw(EntryKey key, int[] col, int keyAt)
    {
        var ok = true;
        var recording = Recording(col, ref ok);
        if (!ok)
        {
            return;
        }

        var onAt = col[(int)IntakeField.RecordedOn];
        if ((recording.On ?? options.FileDefaults.RecordedOn) is not { } on)
        {
            Problem(onAt >= 0 ? onAt : keyAt, "A withdrawal (撤回) needs the day it is made.", "Fill in 填报日期 (recordedOn), or give the file's recording day in the options.");
            return;
        }

        Withdrawal withdrawal;
        try
        {
            withdrawal = new Withdrawal(key, on, recording.By ?? options.FileDefaults.RecordedBy ?? key.Subject, recording.Reason);
        }
        catch (ArgumentException e)
        {
            Problem(onAt >= 0 ? onAt : keyAt, e.Message, null);
            return;
        }

        if (rules.Check(withdrawal) is { } error)
        {
            Problem(onAt >= 0 ? onAt : keyAt, Capital(error), null);
            return;
        }

        Store(withdrawal, col);
    }

    private readonly record struct Recorded(LocalDate? On, Subject? By, string? Reason);

    private Recorded Recording(int[] col, ref bool ok)
    {
        var onAt = col[(int)IntakeField.RecordedOn];
        LocalDate? on = onAt >= 0 && !IntakeCells.Trim(table.Cell(onAt)).IsEmpty ? Day(onAt, ref ok) : null;
        var byAt = col[(int)IntakeField.RecordedBy];
        Subject? by = byAt >= 0 && !IntakeCells.Trim(table.Cell(byAt)).IsEmpty ? SubjectOf(byAt, blankIsProvince: false, ref ok) : null;
        var reason = FreeText(col[(int)IntakeField.Reason], "reason", ref ok);
        return new Recorded(on, by, reason);
    }

    private ITrackingEntry Stamp(ITrackingEntry entry, Recorded recording, int[] col)
    {
        var on = recording.On ?? options.FileDefaults.RecordedOn;
        var by = recording.By ?? options.FileDefaults.RecordedBy;
        if (on is null && by is null && recording.Reason is null)
        {
            return entry;
        }

        var onAt = col[(int)IntakeField.RecordedOn];
        try
        {
            var stamped = entry switch
            {
                ProgressObservation o => (ITrackingEntry)(o with { RecordedOn = on ?? o.RecordedOn, RecordedBy = by ?? o.RecordedBy, Reason = recording.Reason }),
                StatusUpdate u => u with { RecordedOn = on ?? u.RecordedOn, RecordedBy = by ?? u.RecordedBy, Reason = recording.Reason },
                _ => entry,
            };
            return TrackingRules.Dated(stamped) is { } error ? throw new ArgumentException(Capital(error)) : stamped;
        }
        catch (ArgumentException e)
        {
            Problem(onAt, e.Message, "填报日期 (the day the row was recorded) is on or after the day the row is about.");
            return null!;
        }
    }

    private void Store(ITrackingEntry? entry, int[] col)
    {
        if (entry is null)
        {
            return;
        }

        try
        {
            if (ledger.Add(entry) != EntryEffect.Duplicate)
            {
                places.EnsureCapacity(placed + 1);
                places[placed++] = ((long)tableIndex << 32) | (uint)table.RowNumber;
            }
        }
        catch (LedgerException e)
        {
            var other = e.Other is { } i ? $" (the other entry is at {PlaceText(places[i])})" : string.Empty;
            Add(new ValidationProblem(At(-1), string.Empty, Capital(e.Message) + other, "Keep one version of the row, or record the second on a later day (填报日期) as a correction (更正)."));
        }
    }

    private string PlaceText(long place)
    {
        var (f, sheet, json) = tables[(int)(place >> 32)];
        var row = (int)(place & 0xFFFFFFFF);
        return new IntakeLocation(f, sheet, row, 0, null, json ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.{sheet}[{row - 1}]") : null).ToString();
    }

    // --- fields ---

    private bool Action(int at, ref bool ok)
    {
        if (at < 0)
        {
            return false;
        }

        var text = IntakeCells.Trim(table.Cell(at));
        if (text.IsEmpty || text is "填报" or "更正" or "report" or "correct")
        {
            return false;
        }

        if (text is "撤回" or "withdraw")
        {
            return true;
        }

        Problem(at, $"{StrictText.Quote(Text(at))} is not an action.", "Leave it blank (or 填报, 更正) for an entry, or write 撤回 to withdraw the row's figure or status.");
        ok = false;
        return false;
    }

    private TargetIndicator? Target(int at, ref bool ok)
    {
        var text = IntakeCells.Trim(table.Cell(at));
        if (targetCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var found))
        {
            return found;
        }

        var id = text.ToString();
        if (catalog.TryGetTarget(id, out found))
        {
            if (targetCache.Count < PoolLimit)
            {
                targetCache[id] = found;
            }

            return found;
        }

        Problem(at, text.IsEmpty ? "The target is empty." : $"No target has the id {StrictText.Quote(id)}.", "Target ids are '<measure-id>/t<n>', e.g. 'jilin-2022-county-urbanization/68/t1'; the county's template lists them.");
        ok = false;
        return null;
    }

    private MeasureId Measure(int at, ref bool ok)
    {
        var text = IntakeCells.Trim(table.Cell(at)).ToString();
        if (MeasureId.TryParse(text, out var measure) && catalog.TryGetMeasure(measure, out _))
        {
            return measure;
        }

        Problem(at, text.Length == 0 ? "The measure is empty." : $"No measure has the id {StrictText.Quote(text)}.", "Measure ids are '<document-id>/<number>', e.g. 'jilin-2022-county-urbanization/26'.");
        ok = false;
        return default;
    }

    private Subject SubjectOf(int at, bool blankIsProvince, ref bool ok)
    {
        var text = at < 0 ? [] : IntakeCells.Trim(table.Cell(at));
        if (text.IsEmpty && blankIsProvince)
        {
            return Subject.Province;
        }

        if (subjectCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            return known;
        }

        const string Names = "Name a county or city (梅河口, 梅河口市, 220581), the province (全省) or a department (住建厅, 省住房和城乡建设厅).";
        if (text.IsEmpty)
        {
            Problem(at, "Who the row is for is empty.", Names);
            ok = false;
            return Subject.Province;
        }

        var name = text.ToString();
        try
        {
            var subject = subjects.Resolve(name);
            if (subjectCache.Count < PoolLimit)
            {
                subjectCache[name] = subject;
            }

            return subject;
        }
        catch (SubjectNotFoundException e)
        {
            Problem(at, $"No county, city, department or the province is named {StrictText.Quote(name)}.", e.Suggestions.Count > 0 ? $"Nearest names: {string.Join(", ", e.Suggestions)}." : Names);
        }
        catch (ArgumentException e)
        {
            Problem(at, e.Message, Names);
        }

        ok = false;
        return Subject.Province;
    }

    private LocalDate Day(int at, ref bool ok)
    {
        var cell = table.Cell(at);
        if (dateCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cell, out var day))
        {
            return day;
        }

        if (IntakeDates.TryRead(cell, out day, out var error))
        {
            if (dateCache.Count < PoolLimit)
            {
                dateCache[cell.ToString()] = day;
            }

            return day;
        }

        Problem(at, IntakeCells.Trim(cell).IsEmpty ? "The date is empty." : $"{StrictText.Quote(Text(at))} {error}.", IntakeCells.IsFormula(IntakeCells.Trim(cell)) ? IntakeCells.FormulaSuggestion : IntakeDates.Forms);
        ok = false;
        return default;
    }

    private IntakeNumber Number(int at, ref bool ok)
    {
        valueUnit = null;
        var cell = table.Cell(at);
        if (PlainNumber.TryParse(cell, out var plain))
        {
            return new IntakeNumber(plain, Percent: false);
        }

        if (IntakeNumber.TryRead(cell, out var number, out var error, out var suggestion))
        {
            return number;
        }

        if (WithUnit(IntakeCells.Trim(cell), out number, out valueUnit))
        {
            return number;
        }

        Problem(at, IntakeCells.Trim(cell).IsEmpty ? "The value is empty." : $"{StrictText.Quote(Text(at))} {error}.", suggestion);
        ok = false;
        return default;
    }

    // A figure with its unit after it in the one cell (2所, 3.8万人, 12.5公里): read as the figure and the unit in two cells.
    private static bool WithUnit(ReadOnlySpan<char> text, out IntakeNumber number, out Unit? unit)
    {
        number = default;
        unit = null;
        var end = text.Length;
        while (end > 0 && !char.IsAsciiDigit(text[end - 1]) && text[end - 1] is not (>= '０' and <= '９'))
        {
            end--;
        }

        return end > 0 && end < text.Length && text.Length - end <= 16
            && IntakeUnits.TryRead(IntakeCells.Trim(text[end..]).ToString(), out unit)
            && IntakeNumber.TryRead(text[..end], out number, out _, out _);
    }

    // The value column's unit when its header names one in brackets (完成值（万人）, 完成值（%）); false when the
    // brackets say 单位 but name no known unit (reading the figures in the target's unit could be 10,000 times off).
    private bool ColumnUnit(int[]? figure, string?[] qualifiers)
    {
        columnUnit = null;
        var at = figure is null ? -1 : figure[(int)IntakeField.Value];
        if (at < 0 || qualifiers[at] is not { Length: > 0 } qualifier)
        {
            return true;
        }

        if (IntakeUnits.TryRead(qualifier, out var unit))
        {
            columnUnit = unit;
            return true;
        }

        if (names[at].Contains("单位", StringComparison.Ordinal) || names[at].Contains("unit", StringComparison.OrdinalIgnoreCase))
        {
            Add(new ValidationProblem(HeaderAt(at), names[at], $"The header names the unit {StrictText.Quote(qualifier)}, which is not a known unit.", $"Write one of {UnitText.Known} in the brackets, or a 单位 column."));
            return false;
        }

        return true; // a qualifier that is no unit (完成值（截至9月底）): the name is what counts
    }

    private Unit? UnitOf(int at, int valueAt, IntakeNumber number, TargetIndicator target, ref bool ok)
    {
        var text = at < 0 ? [] : IntakeCells.Trim(table.Cell(at));
        var implied = valueUnit ?? columnUnit;   // written inside the value (2所), else in the header (完成值（万人）)
        if (text.IsEmpty && implied is null)
        {
            return number.Percent ? (target.Unit == Unit.Percent ? target.Unit : Unit.Percent) : target.Unit;
        }

        if (valueUnit is not null && columnUnit is not null && valueUnit.Symbol != columnUnit.Symbol)
        {
            Problem(valueAt, $"The unit {valueUnit.Symbol} written in the value differs from the unit the value column's header names ({columnUnit.Symbol}).", "Keep one: the unit in the header's brackets, or the one in the value.");
            ok = false;
            return null;
        }

        Unit? unit;
        if (text.IsEmpty)
        {
            unit = implied!;
        }
        else if (!unitCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out unit))
        {
            var symbol = text.ToString();
            if (symbol.Length > 256 || !IntakeUnits.TryRead(symbol, out unit))
            {
                Problem(at, $"{StrictText.Quote(symbol)} is not a known unit.", $"Leave it blank for the target's unit ({target.Unit.Symbol}), or write one of {UnitText.Known}.");
                ok = false;
                return null;
            }

            if (unitCache.Count < PoolLimit)
            {
                unitCache[symbol] = unit;
            }
        }

        if (!text.IsEmpty && implied is not null && unit.Symbol != implied.Symbol)
        {
            Problem(at, valueUnit is not null
                    ? $"The unit {unit.Symbol} differs from the unit written in the value ({valueUnit.Symbol})."
                    : $"The unit {unit.Symbol} differs from the unit the value column's header names ({implied.Symbol}).",
                "Keep one: write the unit once, in the unit column.");
            ok = false;
            return null;
        }

        if (number.Percent && unit.Symbol != Unit.Percent.Symbol)
        {
            Problem(valueAt, $"{StrictText.Quote(Text(valueAt))} is a percentage, but the unit is {unit.Symbol}.", "Write the figure without % in the unit given, or the unit % (or leave the unit blank).");
            ok = false;
            return null;
        }

        return IntakeUnits.ForTarget(unit, target);
    }

    private MeasureStatus Status(int at, ref bool ok)
    {
        var text = IntakeCells.Trim(table.Cell(at));
        if (IntakeStatuses.TryRead(text, out var status))
        {
            return status;
        }

        Problem(at, text.IsEmpty ? "The status is empty." : $"{StrictText.Quote(Text(at))} is not a status.", $"Write one of {IntakeStatuses.Known}.");
        ok = false;
        return default;
    }

    private string? FreeText(int at, string what, ref bool ok)
    {
        if (at < 0)
        {
            return null;
        }

        var text = IntakeCells.Trim(table.Cell(at));
        if (text.IsEmpty)
        {
            return null;
        }

        if (!UserText.RoundTrips(text))
        {
            Problem(at, UserText.NotRoundTripping(what, text.ToString()), "Remove control characters and unpaired surrogates from the text.");
            ok = false;
            return null;
        }

        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        shared = text.ToString();
        if (pool.Count < PoolLimit)
        {
            pool[shared] = shared;
        }

        return shared;
    }

    private Quantity QuantityOf(decimal value, Unit unit)
    {
        if (quantities.TryGetValue((value, unit), out var quantity))
        {
            return quantity;
        }

        quantity = new Quantity(value, unit);
        if (quantities.Count < PoolLimit)
        {
            quantities[(value, unit)] = quantity;
        }

        return quantity;
    }

    // --- problems ---

    private string Text(int column) => column < 0 ? string.Empty : table.Cell(column).ToString();

    private void Problem(int column, string message, string? suggestion) =>
        Add(new ValidationProblem(At(column), Text(column), message, suggestion));

    private IntakeLocation At(int column)
    {
        var header = column >= 0 && column < names.Length ? names[column] : null;
        var path = table.JsonPath(column, header ?? string.Empty);
        return new IntakeLocation(file, table.Sheet, table.RowNumber, column >= 0 ? table.ColumnNumber(column) : 0, header, path);
    }

    private IntakeLocation HeaderAt(int column) =>
        table.Header is not null
            ? new IntakeLocation(file, table.Sheet, 0, 0, column >= 0 ? names[column] : null, table.Sheet is null ? "$" : $"$.{table.Sheet}")
            : new IntakeLocation(file, table.Sheet, table.RowNumber, column >= 0 ? table.ColumnNumber(column) : 0, column >= 0 ? names[column] : null, null);

    private void Add(ValidationProblem problem)
    {
        if (options.Strict)
        {
            throw new PolicyDataException(problem.Suggestion is null ? problem.Message : $"{problem.Message} {problem.Suggestion}", problem.Location.ToString());
        }

        total++;
        if (problems.Count < options.ProblemLimit)
        {
            problems.Add(problem);
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Quantities by their exact digits and their unit instance (64.7 and 64.70 print differently).</summary>
    private sealed class QuantityKeys : IEqualityComparer<(decimal Value, Unit Unit)>
    {
        public static readonly QuantityKeys Instance = new();

        public bool Equals((decimal Value, Unit Unit) x, (decimal Value, Unit Unit) y) => ReferenceEquals(x.Unit, y.Unit) && Bits(x.Value) == Bits(y.Value);

        public int GetHashCode((decimal Value, Unit Unit) obj) => HashCode.Combine(Bits(obj.Value), RuntimeHelpers.GetHashCode(obj.Unit));

        private static Int128 Bits(decimal value) => Unsafe.As<decimal, Int128>(ref value);
    }
}
