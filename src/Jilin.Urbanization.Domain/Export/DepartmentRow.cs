namespace Jilin.Urbanization.Domain.Export;

/// <summary>One department as an exported row, with its workload.</summary>
/// <param name="Id">The department's id.</param>
/// <param name="Name">The canonical Chinese name.</param>
/// <param name="FullName">The full Chinese name.</param>
/// <param name="UnofficialEnglishName">An English name: an unofficial translation.</param>
/// <param name="Kind">The kind of body (<c>ProvincialDepartment</c>, …).</param>
/// <param name="Led">Measures it leads.</param>
/// <param name="Involved">Measures that list it in any role.</param>
/// <param name="Aliases">Other spellings the documents use.</param>
public sealed record DepartmentRow(
    string Id,
    string Name,
    string FullName,
    string UnofficialEnglishName,
    string Kind,
    int Led,
    int Involved,
    ValueList<string> Aliases)
{
    /// <summary>Readable form: name and counts.</summary>
    public override string ToString() => $"{Name}: leads {Led}, involved in {Involved}";
}
