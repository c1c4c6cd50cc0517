using System.Globalization;
using System.Text.RegularExpressions;
using Jilin.Urbanization.Domain.Compliance;
using Jilin.Urbanization.Domain.Labels;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// Turns a row's machine text (camelCase enum names, <c>true</c>, <c>atLeast 1 所</c>) into the labels people read,
/// for the readable formats (<see cref="TableColumn{TRow}.Readable"/>); JSON keeps the machine text.
/// </summary>
internal static partial class ReadableCells
{
    /// <summary>A column whose cell is an enum's machine name, read as its label.</summary>
    public static TableColumn<TRow> Enum<TRow, TEnum>(string header, Func<TRow, string> cell, Func<TEnum, CultureInfo?, string> label)
        where TEnum : struct, System.Enum =>
        new(header, cell) { Readable = (row, culture) => Label(cell(row), label, culture) };

    /// <summary>A column of yes/no.</summary>
    public static TableColumn<TRow> Bool<TRow>(string header, Func<TRow, bool> cell) =>
        new(header, r => cell(r) ? "true" : "false") { Readable = (row, culture) => ReportText.Get(cell(row) ? "Text.Yes" : "Text.No", culture) };

    /// <summary>A column of target texts (<c>atLeast 1 所</c>, or lists of <c>id (atLeast 1 所, due 2022-12-31)</c>), comparators and deadlines read in the culture.</summary>
    public static TableColumn<TRow> Targets<TRow>(string header, Func<TRow, string> cell) =>
        new(header, cell) { Readable = (row, culture) => Targets(cell(row), culture) };

    /// <summary>A column of <c>measure: status</c> lists, statuses read in the culture.</summary>
    public static TableColumn<TRow> MeasureStatuses<TRow>(string header, Func<TRow, string> cell) =>
        new(header, cell) { Readable = (row, culture) => StatusAfterColon().Replace(cell(row), m => ": " + Label<MeasureStatus>(m.Groups[1].Value, ReportText.Of, culture)) };

    /// <summary>A column of subjects: codes for programs (the invariant culture), names with codes beside them for people (<c>梅河口市 (220581)</c>).</summary>
    public static TableColumn<TRow> Subjects<TRow>(string header, Func<TRow, ValueList<ReportSubject>> cell) =>
        new(header, r => string.Join(ExportTable<TRow>.ListSeparator, cell(r).Select(s => s.Code)))
        {
            Readable = (row, _) => string.Join(ExportTable<TRow>.ListSeparator, cell(row).Select(s => s.ToString())),
        };

    /// <summary>A status: a compliance status, else a measure status, else the text as it is.</summary>
    public static TableColumn<TRow> Status<TRow>(string header, Func<TRow, string> cell) =>
        new(header, cell)
        {
            Readable = (row, culture) => cell(row) is var text && System.Enum.TryParse<ComplianceStatus>(text, true, out var status)
                ? ReportText.Of(status, culture)
                : Label<MeasureStatus>(text, ReportText.Of, culture),
        };

    /// <summary>An enum's machine name read as its label; any other text as it is.</summary>
    public static string Label<TEnum>(string text, Func<TEnum, CultureInfo?, string> label, CultureInfo? culture)
        where TEnum : struct, System.Enum =>
        text.Length > 0 && char.IsLetter(text[0]) && System.Enum.TryParse<TEnum>(text, true, out var value) && Data.DefinedEnum.Defines(value)
            ? label(value, culture)
            : text;

    private static string Targets(string text, CultureInfo culture)
    {
        var labelled = LeadingComparator().Replace(text, m => Label<Comparator>(m.Groups[1].Value, ReportText.Of, culture) + " ");
        return DueDate().Replace(labelled, m => ReportText.Format("Text.Due", culture, m.Groups[1].Value));
    }

    [GeneratedRegex(@"(?<=^|\()([a-z][A-Za-z]+) ")]
    private static partial Regex LeadingComparator();

    [GeneratedRegex(@"due (\d{4}-\d{2}-\d{2})")]
    private static partial Regex DueDate();

    [GeneratedRegex(@": ([a-z][A-Za-z]+)")]
    private static partial Regex StatusAfterColon();
}
