using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Labels;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One column of an exported table: its machine name, how a row gives its cell, and optionally how people read it.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="Header">The machine name (camelCase): the row's JSON member, or the part of a member object the column flattens (<c>code</c>, <c>county</c> of <c>county: {code, name, kind}</c>); readable formats show <see cref="HeaderIn"/>.</param>
/// <param name="Cell">The cell's machine text of a row (camelCase names, ISO dates, invariant numbers); lists are joined with <see cref="ExportTable{TRow}.ListSeparator"/>.</param>
public sealed record TableColumn<TRow>(string Header, Func<TRow, string> Cell)
{
    /// <summary>The machine name (camelCase): the row's JSON member, or the part of a member object the column flattens.</summary>
    public string Header { get; init => field = Guard.Against.Null(value, nameof(Header)); } = Guard.Against.Null(Header);

    /// <summary>The cell's machine text of a row; lists are joined with <see cref="ExportTable{TRow}.ListSeparator"/>.</summary>
    public Func<TRow, string> Cell { get; init => field = Guard.Against.Null(value, nameof(Cell)); } = Guard.Against.Null(Cell);

    /// <summary>
    /// The cell as people read it in a culture (a status <c>未完成</c> rather than <c>notMet</c>), for CSV, Markdown,
    /// HTML and Excel; null when the machine text reads well as it is (ids, names, numbers, dates).
    /// </summary>
    public Func<TRow, CultureInfo, string>? Readable { get; init; }

    /// <summary>
    /// The header people read in <paramref name="culture"/> (<see cref="ReportText.Column"/>); a column of your own keeps
    /// its name, and the invariant culture gives the machine name (<see cref="Header"/>).
    /// </summary>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The header.</returns>
    public string HeaderIn(CultureInfo? culture = null) => IsMachine(culture) ? Header : ReportText.Column(Header, culture);

    /// <summary>
    /// The cell of <paramref name="row"/> as people read it in <paramref name="culture"/> (<see cref="Readable"/>, else
    /// <see cref="Cell"/>); the invariant culture gives the machine text (<see cref="Cell"/>).
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="culture">The culture, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public string TextIn(TRow row, CultureInfo? culture = null) =>
        Readable is { } readable && !IsMachine(culture) ? readable(row, ReportText.Resolve(culture)) : Cell(row);

    /// <summary>The invariant culture asks for the machine layout (what programs reading CSV expect).</summary>
    internal static bool IsMachine(CultureInfo? culture) => ReportText.Resolve(culture).Equals(CultureInfo.InvariantCulture);

    /// <summary>Readable form: the header.</summary>
    public override string ToString() => Header;
}
