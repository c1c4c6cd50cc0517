using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Labels;

namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// A county, city, district, prefecture, province or area the documents name. Curated in
/// <c>Resources/places.json</c>: names as the texts write them, and only facts the texts state or the public
/// record holds (kind, full official name, province). Nothing is guessed; tests prove every name occurs in the texts.
/// </summary>
/// <param name="Id">Stable lower-case ASCII id, e.g. <c>meihekou</c>. Never changes meaning.</param>
/// <param name="Name">The name as the texts write it, e.g. <c>梅河口市</c>, <c>四平</c>, <c>延边州</c>.</param>
/// <param name="FullName">The full official name (public record), e.g. <c>延边朝鲜族自治州</c>; may not occur in the texts.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Province">The province it lies in (public record), e.g. <c>吉林省</c>; null for provinces and for areas that span provinces.</param>
/// <param name="EnglishName">An English name: an unofficial translation.</param>
/// <param name="Aliases">
/// Other spellings the texts use, e.g. <c>长春</c> for <c>长春市</c>. A spelling that is ambiguous on its own
/// (<c>吉林</c>: the province or the city) is no alias: it names a place only inside the phrases curated for it
/// (<c>长春吉林一体化</c>), and such a mention shows it as <see cref="PlaceMention.WrittenAs"/>.
/// </param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException">An id is default (it names nothing).</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record Place(
    PlaceId Id,
    string Name,
    string FullName,
    PlaceKind Kind,
    string? Province,
    UnofficialTranslation EnglishName,
    ValueList<string> Aliases)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind);

    /// <summary>The province it lies in (public record), e.g. <c>吉林省</c>; null for provinces and for areas that span provinces.</summary>
    public string? Province { get; init; } = Province;

    /// <summary>Stable lower-case ASCII id, e.g. <c>meihekou</c>. Never changes meaning.</summary>
    public PlaceId Id { get; init => field = IdText.Required(value, nameof(Id)); } = IdText.Required(Id, nameof(Id));

    /// <summary>The name as the texts write it, e.g. <c>梅河口市</c>, <c>四平</c>, <c>延边州</c>.</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The full official name (public record), e.g. <c>延边朝鲜族自治州</c>; may not occur in the texts.</summary>
    public string FullName { get; init => field = Guard.Against.Null(value, nameof(FullName)); } = Guard.Against.Null(FullName);

    /// <summary>An English name: an unofficial translation.</summary>
    public UnofficialTranslation EnglishName { get; init => field = Guard.Against.Null(value, nameof(EnglishName)); } = Guard.Against.Null(EnglishName);

    /// <summary>/// Other spellings the texts use, e.g. <c>长春</c> for <c>长春市</c>. A spelling that is ambiguous on its own /// (<c>吉林</c>: the province or the city) is no alias: it names a place only inside the phrases curated for it /// (<c>长春吉林一体化</c>), and such a mention shows it as <see cref="PlaceMention.WrittenAs"/>. ///</summary>
    public ValueList<string> Aliases { get; init => field = Guard.Against.Null(value, nameof(Aliases)); } = Guard.Against.Null(Aliases);

    /// <summary>The name followed by the aliases: every spelling the texts use.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>Readable form: <c>梅河口市 (meihekou, CountyLevelCity)</c>.</summary>
    public override string ToString() => $"{Name} ({Id}, {Kind})";
}
