using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Names;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Places;

/// <summary>
/// Every place the documents name, with look-ups by id and by any spelling the texts use
/// (<c>长春</c> and <c>长春市</c>, <c>延边州</c> and <c>延边朝鲜族自治州</c>). Built from <c>Resources/places.json</c>.
/// </summary>
public sealed class PlaceGazetteer : IEquatable<PlaceGazetteer>
{
    private readonly FrozenDictionary<string, Place> byId;
    private readonly FrozenDictionary<string, Place> byName;
    private NameIndex<Place>? nameIndex;
    private readonly FrozenDictionary<string, ValueList<Place>> ambiguous;

    internal PlaceGazetteer(IEnumerable<Place> places, IEnumerable<ContextualAlias> contextualAliases, IEnumerable<NonPlaceTerm> nonPlaceTerms)
    {
        All = places.ToValueList();
        ContextualAliases = contextualAliases.ToValueList();
        NonPlaceTerms = nonPlaceTerms.ToValueList();
        var ids = new Dictionary<string, Place>(StringComparer.Ordinal);
        var names = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in All)
        {
            if (!ids.TryAdd(place.Id.ToString(), place))
            {
                throw new ArgumentException($"Two places share the id '{place.Id}'.", nameof(places));
            }

            foreach (var name in place.Names.Append(place.FullName))
            {
                if (names.TryGetValue(name, out var other) && other.Id != place.Id)
                {
                    throw new ArgumentException($"The name '{name}' belongs to both '{other.Id}' and '{place.Id}'.", nameof(places));
                }

                names[name] = place;
            }
        }

        foreach (var term in NonPlaceTerms)
        {
            if (names.TryGetValue(term.Term, out var place))
            {
                throw new ArgumentException($"'{term.Term}' is both a name of '{place.Id}' and a term that names no place.", nameof(nonPlaceTerms));
            }
        }

        foreach (var alias in ContextualAliases)
        {
            if (!ids.ContainsKey(alias.Place.Id.ToString()))
            {
                throw new ArgumentException($"The contextual alias '{alias.Alias}' names the unknown place '{alias.Place.Id}'.", nameof(contextualAliases));
            }
        }

        byId = ids.ToFrozenDictionary(StringComparer.Ordinal);
        byName = names.ToFrozenDictionary(StringComparer.Ordinal);
        ambiguous = ContextualAliases
            .Where(a => !names.ContainsKey(a.Alias))
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(a => a.Place).DistinctBy(p => p.Id).ToValueList(), StringComparer.Ordinal);
    }

    /// <summary>Every place, in curated order (provinces, cities, prefectures, counties, districts, areas).</summary>
    public ValueList<Place> All { get; }

    /// <summary>The number of places.</summary>
    public int Count => All.Count;

    /// <summary>Aliases that name a place only in the contexts listed (e.g. <c>吉林</c> in <c>长春吉林一体化</c>).</summary>
    internal ValueList<ContextualAlias> ContextualAliases { get; }

    /// <summary>Terms that contain a place name but name no place (rivers such as <c>伊通河</c>); they shadow the name inside them.</summary>
    internal ValueList<NonPlaceTerm> NonPlaceTerms { get; }

    /// <summary>Returns the place with id <paramref name="id"/>.</summary>
    /// <param name="id">A place id, e.g. <c>changchun</c>.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or whitespace.</exception>
    /// <exception cref="PlaceNotFoundException">No place has that id; the message lists the nearest names.</exception>
    public Place Get(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return byId.TryGetValue(id, out var place) ? place : throw new PlaceNotFoundException(id, Names.Suggest(id));
    }

    /// <summary>Returns the place with id <paramref name="id"/>.</summary>
    /// <param name="id">A place id.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="PlaceNotFoundException">No place has that id; the message lists the nearest names.</exception>
    public Place Get(PlaceId id) => Get(IdText.Required(id, nameof(id)).ToString());

    /// <summary>Tries to find the place with id <paramref name="id"/>.</summary>
    /// <param name="id">A place id; <c>default</c> gives false.</param>
    /// <param name="place">The place, or null.</param>
    /// <returns>True when the gazetteer holds the place.</returns>
    public bool TryGet(PlaceId id, [NotNullWhen(true)] out Place? place)
    {
        place = null;
        return id != default && byId.TryGetValue(id.ToString(), out place);
    }

    /// <summary>
    /// Finds a place by what a user writes, by the one rule for names: id (<c>changchun</c>), name (<c>长春市</c>),
    /// alias (<c>长春</c>), full name (<c>延边朝鲜族自治州</c>) or English name (<c>Meihekou</c>); with or without a
    /// leading 吉林省/省 and a trailing 市/县 (<c>梅河口</c>); white space, full-width/half-width and ASCII case ignored.
    /// </summary>
    /// <param name="idOrName">A place id or name.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="idOrName"/> is null, empty or whitespace, or is a spelling that names several places
    /// (<c>吉林</c>: 吉林省 or 吉林市); the message lists them.
    /// </exception>
    /// <exception cref="PlaceNotFoundException">No place answers to that name; the message lists the nearest names.</exception>
    public Place Find(string idOrName)
    {
        Guard.Against.NullOrWhiteSpace(idOrName);
        if (TryFind(idOrName, out var place))
        {
            return place;
        }

        var key = idOrName.Trim();
        if (ambiguous.TryGetValue(key, out var candidates))
        {
            throw new ArgumentException(
                $"'{key}' names more than one place ({string.Join(", ", candidates.Select(p => p.Name))}); use one of those names.",
                nameof(idOrName));
        }

        throw new PlaceNotFoundException(idOrName, Names.Suggest(idOrName));
    }

    /// <summary>Tries to find a place by id or by an unambiguous spelling; see <see cref="Find"/>.</summary>
    /// <param name="idOrName">A place id or name; null, empty or whitespace gives false.</param>
    /// <param name="place">The place, or null.</param>
    /// <returns>True when a place answers to the name.</returns>
    public bool TryFind([NotNullWhen(true)] string? idOrName, [NotNullWhen(true)] out Place? place)
    {
        place = null;
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return false;
        }

        var key = idOrName.Trim();
        return byId.TryGetValue(key, out place) || byName.TryGetValue(key, out place) || Names.TryResolve(idOrName, out place);
    }

    /// <summary>The one resolver for place names, built on first use.</summary>
    internal NameIndex<Place> Names => Once.Get(ref nameIndex, this, static self => self.BuildNames());

    private NameIndex<Place> BuildNames() =>
        new(
            All,
            p => p.Names.Append(p.FullName).Append(p.Id.ToString()).Append(p.EnglishName.English),
            stripSuffixes: true,
            reserved: ambiguous.Keys,
            (input, suggestions) => new PlaceNotFoundException(input, suggestions));

    /// <inheritdoc/>
    public bool Equals(PlaceGazetteer? other) =>
        other is not null && All.Equals(other.All) && ContextualAliases.Equals(other.ContextualAliases) && NonPlaceTerms.Equals(other.NonPlaceTerms);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlaceGazetteer);

    /// <inheritdoc/>
    public override int GetHashCode() => All.GetHashCode();

    /// <summary>Readable form: the number of places.</summary>
    public override string ToString() => $"{Count} places";

}
