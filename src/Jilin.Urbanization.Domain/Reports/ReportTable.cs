using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Reports;

/// <summary>A table of an <see cref="HtmlReport"/>: a caption, column headers and rows of cells.</summary>
public sealed record ReportTable
{
    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked as by the public constructor.</summary>
    [JsonConstructor]
    internal ReportTable(string caption, ValueList<string> columns, ValueList<ValueList<ReportCell>> rows)
        : this(caption, (IEnumerable<string>)columns, (IEnumerable<IEnumerable<ReportCell>>)rows)
    {
    }

    /// <summary>Creates a table.</summary>
    /// <param name="caption">What the table shows.</param>
    /// <param name="columns">The column headers.</param>
    /// <param name="rows">The rows; each has one cell per column.</param>
    /// <exception cref="ArgumentNullException">An argument or an item of it is null.</exception>
    /// <exception cref="ArgumentException">A row does not have one cell per column, or there is no column.</exception>
    public ReportTable(string caption, IEnumerable<string> columns, IEnumerable<IEnumerable<ReportCell>> rows)
    {
        Caption = Guard.Against.Null(caption);
        Guard.Against.Null(columns);
        Guard.Against.Null(rows);
        Columns = columns.Select(c => Guard.Against.Null(c, nameof(columns))).ToValueList();
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        Rows = rows.Select((r, i) =>
        {
            var row = Guard.Against.Null(r, nameof(rows)).Select(c => Guard.Against.Null(c, nameof(rows))).ToValueList();
            return row.Count == Columns.Count
                ? row
                : throw new ArgumentException($"Row {i + 1} has {row.Count} cells; the table has {Columns.Count} columns.", nameof(rows));
        }).ToValueList();
    }

    /// <summary>What the table shows.</summary>
    public string Caption { get; }

    /// <summary>The column headers.</summary>
    public ValueList<string> Columns { get; }

    /// <summary>The rows, one cell per column.</summary>
    public ValueList<ValueList<ReportCell>> Rows { get; }

    /// <summary>The table as an HTML fragment (a <c>&lt;table&gt;</c> with inline styles), for notebooks and pages.</summary>
    public string ToHtml() => HtmlWriter.Table(this);

    /// <summary>Readable form: caption and size.</summary>
    public override string ToString() => $"{Caption}: {Rows.Count} rows × {Columns.Count} columns";
}
