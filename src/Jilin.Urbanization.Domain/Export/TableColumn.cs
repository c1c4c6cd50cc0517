namespace Jilin.Urbanization.Domain.Export;

/// <summary>One column of an exported table: its header and how a row gives its cell.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="Header">The header, equal to the row's JSON member name (camelCase).</param>
/// <param name="Cell">The cell text of a row; lists are joined with <see cref="ExportTable{TRow}.ListSeparator"/>.</param>
public sealed record TableColumn<TRow>(string Header, Func<TRow, string> Cell)
{
    /// <summary>Readable form: the header.</summary>
    public override string ToString() => Header;
}
