using Ardalis.GuardClauses;

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
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
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
    // Every property declared, in the parameters' order: that order is the JSON member order, and declaring only
    // the guarded ones would move them after the rest.
    /// <summary>The place's id.</summary>
    public string Id { get; init => field = Guard.Against.Null(value, nameof(Id)); } = Guard.Against.Null(Id);

    /// <summary>The name as the texts write it.</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The full official name (public record).</summary>
    public string FullName { get; init => field = Guard.Against.Null(value, nameof(FullName)); } = Guard.Against.Null(FullName);

    /// <summary>The kind of place (<c>CountyLevelCity</c>, …).</summary>
    public string Kind { get; init => field = Guard.Against.Null(value, nameof(Kind)); } = Guard.Against.Null(Kind);

    /// <summary>The province (public record), or null.</summary>
    public string? Province { get; init; } = Province;

    /// <summary>An English name: an unofficial translation.</summary>
    public string UnofficialEnglishName { get; init => field = Guard.Against.Null(value, nameof(UnofficialEnglishName)); } = Guard.Against.Null(UnofficialEnglishName);

    /// <summary>Other spellings the texts use.</summary>
    public ValueList<string> Aliases { get; init => field = Guard.Against.Null(value, nameof(Aliases)); } = Guard.Against.Null(Aliases);

    /// <summary>How many times the documents name it (measure texts, group and chapter text, preamble, closing).</summary>
    public int Mentions { get; init; } = Mentions;

    /// <summary>The ids of the measures whose text names it, in catalog order.</summary>
    public ValueList<string> Measures { get; init => field = Guard.Against.Null(value, nameof(Measures)); } = Guard.Against.Null(Measures);

    /// <summary>Readable form: name and counts.</summary>
    public override string ToString() => $"{Name}: {Mentions} mention(s), {Measures.Count} measure(s)";
}
