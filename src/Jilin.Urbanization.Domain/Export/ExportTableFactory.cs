using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>Export tables of the caller's own rows, with the same CSV, JSON and Markdown writers as the library's tables.</summary>
public static class ExportTable
{
    /// <summary>
    /// A table of your own rows: e.g. <c>ExportTable.Create("workload", rows, new("department", r =&gt; r.Name), new("led", r =&gt; r.Led.ToString()))</c>.
    /// </summary>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="name">The table's name.</param>
    /// <param name="rows">The rows, in the order to write them.</param>
    /// <param name="columns">The columns: a header and a cell function each; headers are unique.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument, a row or a column is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, there is no column, or two columns share a header.</exception>
    public static ExportTable<TRow> Create<TRow>(string name, IEnumerable<TRow> rows, params IEnumerable<TableColumn<TRow>> columns)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(rows);
        Guard.Against.Null(columns);
        var list = columns.ToValueList();
        if (list.Count == 0 || list.Any(c => c is null))
        {
            throw new ArgumentException("Give one or more columns, none of them null.", nameof(columns));
        }

        if (list.Select(c => c.Header).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw new ArgumentException("Two columns share a header.", nameof(columns));
        }

        var materialized = rows.ToList();
        return materialized.Any(r => r is null)
            ? throw new ArgumentNullException(nameof(rows), "A row is null.")
            : new CustomTable<TRow>(name, materialized, list);
    }
}
