using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Places;
using Jilin.Urbanization.Domain.Serialization;

namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>
/// Every administrative division of Jilin Province — the province, its 9 prefecture-level divisions and its 60
/// county-level divisions — keyed by GB/T 2260 code, with look-up by code, official name, short name, alias and
/// English name. <see cref="Default"/> is the embedded list (source and date in <c>seeds/README.md</c>).
/// </summary>
public sealed class DivisionRegistry : IEquatable<DivisionRegistry>
{
    private static readonly Lazy<DivisionRegistry> DefaultRegistry =
        new(() => EmbeddedData.ReadDivisions(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<DivisionCode, AdministrativeDivision> byCode;
    private readonly FrozenDictionary<string, AdministrativeDivision> byName;
    private readonly FrozenDictionary<string, AdministrativeDivision> byEnglishName;
    private readonly FrozenDictionary<string, ValueList<AdministrativeDivision>> ambiguous;
    private readonly FrozenDictionary<DivisionCode, ValueList<AdministrativeDivision>> children;

    /// <summary>Creates a registry.</summary>
    /// <param name="divisions">The divisions; exactly one province, every parent present, codes and names unique.</param>
    /// <param name="ambiguousNames">Names that name several divisions, each with the codes it may mean; they are refused with the candidates.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">A code or name repeats, a parent is missing or of the wrong level, or there is not exactly one province.</exception>
    public DivisionRegistry(IEnumerable<AdministrativeDivision> divisions, IEnumerable<KeyValuePair<string, IReadOnlyList<DivisionCode>>> ambiguousNames)
    {
        Guard.Against.Null(divisions);
        Guard.Against.Null(ambiguousNames);
        All = divisions.OrderBy(d => Guard.Against.Null(d, nameof(divisions)).Code).ToValueList();
        var codes = new Dictionary<DivisionCode, AdministrativeDivision>();
        var names = new Dictionary<string, AdministrativeDivision>(StringComparer.Ordinal);
        var english = new Dictionary<string, AdministrativeDivision>(StringComparer.OrdinalIgnoreCase);
        foreach (var division in All)
        {
            if (!codes.TryAdd(division.Code, division))
            {
                throw new ArgumentException($"Two divisions share the code {division.Code}.", nameof(divisions));
            }

            foreach (var name in division.Names)
            {
                var key = NameNormalizer.Normalize(name);
                if (names.TryGetValue(key, out var other) && other.Code != division.Code)
                {
                    throw new ArgumentException($"The name '{name}' belongs to both {other} and {division}.", nameof(divisions));
                }

                names[key] = division;
            }

            if (!english.TryAdd(division.EnglishName.English, division))
            {
                throw new ArgumentException($"Two divisions share the English name '{division.EnglishName.English}'.", nameof(divisions));
            }
        }

        var provinces = All.Where(d => d.Level == DivisionLevel.Province).ToList();
        if (provinces.Count != 1)
        {
            throw new ArgumentException($"A registry holds exactly one province; found {provinces.Count}.", nameof(divisions));
        }

        Province = provinces[0];
        foreach (var division in All)
        {
            var expectedParent = division.Level switch
            {
                DivisionLevel.Province => (DivisionLevel?)null,
                DivisionLevel.Prefecture => DivisionLevel.Province,
                _ => DivisionLevel.Prefecture,
            };
            if (expectedParent is null ? division.Parent is not null
                : division.Parent is not { } parent || !codes.TryGetValue(parent, out var found) || found.Level != expectedParent)
            {
                throw new ArgumentException($"{division} needs a parent of level {expectedParent?.ToString() ?? "none"} among the divisions.", nameof(divisions));
            }
        }

        var ambiguity = new Dictionary<string, ValueList<AdministrativeDivision>>(StringComparer.Ordinal);
        foreach (var (name, candidateCodes) in ambiguousNames)
        {
            var key = NameNormalizer.Normalize(Guard.Against.NullOrWhiteSpace(name, nameof(ambiguousNames)));
            if (names.TryGetValue(key, out var named))
            {
                throw new ArgumentException($"'{name}' is listed as ambiguous but is also a name of {named}.", nameof(ambiguousNames));
            }

            ambiguity[key] = candidateCodes.Select(c => codes.TryGetValue(c, out var d) ? d : throw new ArgumentException($"The ambiguous name '{name}' lists the unknown code {c}.", nameof(ambiguousNames))).ToValueList();
        }

        byCode = codes.ToFrozenDictionary();
        byName = names.ToFrozenDictionary(StringComparer.Ordinal);
        byEnglishName = english.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ambiguous = ambiguity.ToFrozenDictionary(StringComparer.Ordinal);
        children = All.Where(d => d.Parent is not null)
            .GroupBy(d => d.Parent!.Value)
            .ToFrozenDictionary(g => g.Key, g => g.ToValueList());
        Prefectures = All.Where(d => d.Level == DivisionLevel.Prefecture).ToValueList();
        Counties = All.Where(d => d.Level == DivisionLevel.County).ToValueList();
    }

    /// <summary>The embedded registry of Jilin's divisions, read once on first use.</summary>
    /// <exception cref="PolicyDataException">The embedded data is damaged (never for a built package).</exception>
    public static DivisionRegistry Default => DefaultRegistry.Value;

    /// <summary>Every division, in code order.</summary>
    public ValueList<AdministrativeDivision> All { get; }

    /// <summary>How many divisions there are.</summary>
    public int Count => All.Count;

    /// <summary>The province (吉林省, 220000).</summary>
    public AdministrativeDivision Province { get; }

    /// <summary>The prefecture-level divisions (市, 州), in code order.</summary>
    public ValueList<AdministrativeDivision> Prefectures { get; }

    /// <summary>The county-level divisions (区, 县级市, 县, 自治县), in code order.</summary>
    public ValueList<AdministrativeDivision> Counties { get; }

    /// <summary>Reads a registry from UTF-8 JSON of the shape of the embedded <c>divisions.json</c>.</summary>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is malformed or inconsistent; the location names the entry.</exception>
    public static DivisionRegistry Load(Stream utf8Json)
    {
        AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return EmbeddedData.ReadDivisions(buffer.ToArray(), "divisions JSON");
    }

    /// <summary>Reads a registry from UTF-8 JSON of the shape of the embedded <c>divisions.json</c>, reading the stream asynchronously (an ASP.NET Core request body works).</summary>
    /// <param name="utf8Json">The JSON stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyDataException">The JSON is malformed or inconsistent; the location names the entry.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<DivisionRegistry> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        AsyncStreams.Readable(utf8Json, nameof(utf8Json));
        return AsyncStreams.ReadAsync(utf8Json, Load, cancellationToken);
    }

    /// <summary>The division with <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="DivisionNotFoundException">No division of the registry has the code.</exception>
    public AdministrativeDivision Get(DivisionCode code) =>
        TryGet(code, out var division) ? division : throw new DivisionNotFoundException(code.ToString(), Suggest(code.ToString()));

    /// <summary>Tries to get the division with <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="division">The division, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(DivisionCode code, [NotNullWhen(true)] out AdministrativeDivision? division) => byCode.TryGetValue(code, out division);

    /// <summary>
    /// The division a user's text names: its six-digit code, official name, short name (<c>梅河口</c>), alias
    /// (<c>前郭县</c>, <c>延边州</c>) or English name (any case); whitespace and full-width forms are ignored, and a leading
    /// <c>吉林省</c> is allowed (<c>吉林省梅河口市</c>).
    /// </summary>
    /// <param name="codeOrName">The text.</param>
    /// <exception cref="ArgumentException"><paramref name="codeOrName"/> is null, empty or whitespace, or names more than one division (<c>吉林</c>); the message lists them.</exception>
    /// <exception cref="DivisionNotFoundException">The text names no division; the message lists the nearest names.</exception>
    public AdministrativeDivision Resolve(string codeOrName)
    {
        Guard.Against.NullOrWhiteSpace(codeOrName);
        if (TryResolve(codeOrName, out var division))
        {
            return division;
        }

        var key = Key(codeOrName);
        if (ambiguous.TryGetValue(key, out var candidates))
        {
            throw new ArgumentException(
                $"'{key}' names more than one division ({string.Join(", ", candidates.Select(c => $"{c.Name} {c.Code}"))}); use the full name or the code.",
                nameof(codeOrName));
        }

        throw new DivisionNotFoundException(codeOrName, Suggest(key));
    }

    /// <summary>Tries to resolve a user's text to a division (see <see cref="Resolve(string)"/>); false for ambiguous or unknown text.</summary>
    /// <param name="codeOrName">The text; null gives false.</param>
    /// <param name="division">The division, or null.</param>
    /// <returns>True when the text names exactly one division.</returns>
    public bool TryResolve([NotNullWhen(true)] string? codeOrName, [NotNullWhen(true)] out AdministrativeDivision? division)
    {
        division = null;
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return false;
        }

        var key = Key(codeOrName);
        if (DivisionCode.TryParse(key, out var code))
        {
            return byCode.TryGetValue(code, out division);
        }

        if (byName.TryGetValue(key, out division) || byEnglishName.TryGetValue(codeOrName.Trim(), out division))
        {
            return true;
        }

        const string ProvincePrefix = "吉林省";
        return key.Length > ProvincePrefix.Length && key.StartsWith(ProvincePrefix, StringComparison.Ordinal)
            && byName.TryGetValue(key[ProvincePrefix.Length..], out division);
    }

    /// <summary>The divisions directly under <paramref name="code"/> (a prefecture's counties; the province's prefectures).</summary>
    /// <param name="code">The parent's code.</param>
    /// <exception cref="DivisionNotFoundException">No division has the code.</exception>
    public ValueList<AdministrativeDivision> ChildrenOf(DivisionCode code)
    {
        Get(code);
        return children.TryGetValue(code, out var list) ? list : ValueList<AdministrativeDivision>.Empty;
    }

    /// <summary>
    /// The division a place of the texts is (<c>梅河口市</c> → 220581), by its full name and then its names. Areas,
    /// development zones and places outside Jilin are no divisions of this registry.
    /// </summary>
    /// <param name="place">A place from <see cref="Catalog.PolicyCatalog.Places"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="DivisionNotFoundException">The place is no division of this registry.</exception>
    public AdministrativeDivision For(Place place)
    {
        Guard.Against.Null(place);
        return TryFor(place, out var division) ? division : throw new DivisionNotFoundException(place.FullName, Suggest(place.Name));
    }

    /// <summary>Tries to find the division a place of the texts is (see <see cref="For(Place)"/>).</summary>
    /// <param name="place">The place; null gives false.</param>
    /// <param name="division">The division, or null.</param>
    /// <returns>True when the place is a division of this registry.</returns>
    public bool TryFor([NotNullWhen(true)] Place? place, [NotNullWhen(true)] out AdministrativeDivision? division)
    {
        division = null;
        if (place is null || place.Kind is PlaceKind.Area or PlaceKind.DevelopmentZone)
        {
            return false;
        }

        if (byName.TryGetValue(NameNormalizer.Normalize(place.FullName), out division))
        {
            return true;
        }

        foreach (var name in place.Names)
        {
            if (byName.TryGetValue(NameNormalizer.Normalize(name), out division))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(DivisionRegistry? other) => other is not null && All.Equals(other.All);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DivisionRegistry);

    /// <inheritdoc/>
    public override int GetHashCode() => All.GetHashCode();

    /// <summary>Readable form: the counts by level.</summary>
    public override string ToString() => $"{Count} divisions: 1 province, {Prefectures.Count} prefecture-level, {Counties.Count} county-level";

    // Bounded cost for any input: only the first 64 characters are compared, against names of at most a few
    // characters, and at most five names are offered.
    private string[] Suggest(string input)
    {
        var probe = input.Length > 64 ? input[..64] : input;
        return byName.Keys
            .Select(name => (Name: name, Score: Score(probe, name)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(5)
            .Select(s => s.Name)
            .ToArray();

        static int Score(string probe, string name)
        {
            if (probe.Contains(name, StringComparison.Ordinal) || name.Contains(probe, StringComparison.Ordinal))
            {
                return 100 + Math.Min(probe.Length, name.Length);
            }

            var shared = 0;
            foreach (var c in name)
            {
                if (probe.Contains(c, StringComparison.Ordinal))
                {
                    shared++;
                }
            }

            return shared * 2 >= name.Length ? shared : 0;
        }
    }

    private static string Key(string text) => NameNormalizer.Normalize(text.Trim());
}
