namespace Jilin.Urbanization.Domain.Export;

/// <summary>One place as an exported row, with the measures that name it.</summary>
/// <param name="Id">The place's id.</param>
/// <param name="Name">The name as the texts write it.</param>
/// <param name="FullName">The full official name (public record).</param>
/// <param name="Kind">The kind of place (<c>CountyLevelCity</c>, …).</param>
/// <param name="Province">The province (public record), or null.</param>
/// <param name="UnofficialEnglishName">An English name: an unofficial translation.</param>
/// <param name="Aliases">Other spellings the texts use.</param>
/// <param name="Mentions">How many times the documents name it (measure texts, group and chapter text, preamble, closing).</param>
/// <param name="Measures">The ids of the measures whose text names it, in catalog order.</param>
public sealed record PlaceRow(
    string Id,
    string Name,
    string FullName,
    string Kind,
    string? Province,
    string UnofficialEnglishName,
    ValueList<string> Aliases,
    int Mentions,
    ValueList<string> Measures)
{
    /// <summary>Readable form: name and counts.</summary>
    public override string ToString() => $"{Name}: {Mentions} mention(s), {Measures.Count} measure(s)";
}
