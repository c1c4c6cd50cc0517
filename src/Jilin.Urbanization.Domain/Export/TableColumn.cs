using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>One column of an exported table: its header and how a row gives its cell.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="Header">The header, equal to the row's JSON member name (camelCase).</param>
/// <param name="Cell">The cell text of a row; lists are joined with <see cref="ExportTable{TRow}.ListSeparator"/>.</param>
public sealed record TableColumn<TRow>(string Header, Func<TRow, string> Cell)
{
    /// <summary>The header, equal to the row's JSON member name (camelCase).</summary>
    public string Header { get; init => field = Guard.Against.Null(value, nameof(Header)); } = Guard.Against.Null(Header);

    /// <summary>The cell text of a row; lists are joined with <see cref="ExportTable{TRow}.ListSeparator"/>.</summary>
    public Func<TRow, string> Cell { get; init => field = Guard.Against.Null(value, nameof(Cell)); } = Guard.Against.Null(Cell);

    /// <summary>Readable form: the header.</summary>
    public override string ToString() => Header;
}
