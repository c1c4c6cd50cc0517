using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Threading;

namespace Jilin.Urbanization.Domain.Names;

/// <summary>
/// The one rule for names, used wherever a department, a place (and later a tracking subject) is an argument: an
/// item answers to its id, its names, aliases and curated abbreviations, its English name; with or without a leading
/// 吉林省 or 省, with or without a trailing 市 or 县 (where the index strips suffixes); full-width and half-width
/// alike, white space ignored, ASCII letters in any case. A form that two items would share names neither.
/// Unknown names get suggestions by substring, alias and edit distance, at a cost bounded for any input length.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    /// <summary>No name is longer; a longer input is unknown without a look-up.</summary>
    private const int MaxNameLength = 128;

    /// <summary>How much of an unknown input suggestions compare.</summary>
    private const int MaxComparedLength = 64;

    private static readonly string[] Prefixes = ["吉林省", "省"];
    private static readonly string[] Suffixes = ["市", "县"];

    // The exact forms are a plain dictionary built at once (a look-up by a name as written is the common case, and
    // on the cold path of most apps); the variant forms and the suggestion keys are built on the first look-up
    // that needs them (FrozenDictionary's analysis of the keys costs a cold process hundreds of microseconds).
    private readonly Dictionary<string, T> exact;
    private readonly List<Named> named = [];
    private readonly HashSet<string> blocked;
    private readonly bool stripSuffixes;
    private readonly Func<string, IReadOnlyList<string>, NameNotFoundException> notFound;
    private Derived? derived;

    /// <summary>Builds the index.</summary>
    /// <param name="items">The items, in order (a name two items share answers to the first).</param>
    /// <param name="namesOf">Every name an item answers to (id, names, aliases, abbreviations, English name).</param>
    /// <param name="stripSuffixes">True for places: <c>梅河口</c> finds <c>梅河口市</c>.</param>
    /// <param name="reserved">Forms that must name nothing (ambiguous spellings such as <c>吉林</c>).</param>
    /// <param name="notFound">Makes the exception for an unknown name from the input and the suggestions.</param>
    /// <remarks>
    /// Items and a function rather than a sequence of (item, names) tuples: generic code over a value tuple of
    /// reference types cannot be precompiled (ReadyToRun), and cost a cold process a dozen JIT compilations.
    /// </remarks>
    public NameIndex(
        IReadOnlyList<T> items,
        Func<T, IEnumerable<string>> namesOf,
        bool stripSuffixes,
        IEnumerable<string> reserved,
        Func<string, IReadOnlyList<string>, NameNotFoundException> notFound)
    {
        this.stripSuffixes = stripSuffixes;
        this.notFound = notFound;
        exact = new Dictionary<string, T>(StringComparer.Ordinal);
        blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in reserved)
        {
            blocked.Add(Key(form));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            foreach (var name in namesOf(item))
            {
                var key = Key(name);
                if (key.Length == 0 || blocked.Contains(key))
                {
                    continue;
                }

                exact.TryAdd(key, item); // registries refuse shared names; a clash here keeps the first
                named.Add(new Named(item, name, key));
            }
        }
    }

    /// <summary>The variant forms and the suggestion keys, built once on first need (a race builds equal copies; one is kept).</summary>
    private Derived Extra => Once.Get(ref derived, this, static self => new Derived(self));

    /// <summary>Resolves a name by the rule above.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    /// <exception cref="NameNotFoundException">Nothing answers to the name; the message lists the nearest names.</exception>
    public T Resolve(string name, string paramName = "name")
    {
        Guard.Against.NullOrWhiteSpace(name, paramName);
        return TryResolve(name, out var item) ? item : throw notFound(name.Trim(), Suggest(name));
    }

    /// <summary>Tries to resolve a name; null, blank or unknown gives false.</summary>
    public bool TryResolve([NotNullWhen(true)] string? name, [NotNullWhen(true)] out T? item)
    {
        item = null;
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength * 4)
        {
            return false;
        }

        // Fast path: a name written exactly as its normal form (most Chinese names are) finds its item without
        // building the normal form. Key is idempotent, so this answers what the look-up by Key(name) would.
        if (exact.TryGetValue(name, out item))
        {
            return true;
        }

        var key = Key(name);
        if (key.Length > MaxNameLength)
        {
            return false;
        }

        if (exact.TryGetValue(key, out item))
        {
            return true;
        }

        var variants = Extra.Variants;
        if (variants.TryGetValue(key, out item))
        {
            return true;
        }

        foreach (var variant in Variants(key))
        {
            if (exact.TryGetValue(variant, out item) || variants.TryGetValue(variant, out item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest known names: first those that contain the input or that it contains (by substring, over the
    /// normalized forms, aliases included), then by edit distance. Compares at most the first 64 characters.
    /// </summary>
    public IReadOnlyList<string> Suggest(string name)
    {
        var capped = name.Length > MaxComparedLength * 4 ? name[..(MaxComparedLength * 4)] : name;
        var key = Key(capped);
        if (key.Length > MaxComparedLength)
        {
            key = key[..MaxComparedLength];
        }

        var stripped = Variants(key).Append(key).Where(k => k.Length >= 2).ToArray();
        return Extra.SuggestionKeys
            .Select(s => (s.Display, Score: stripped.Any(k => s.Key.Contains(k, StringComparison.Ordinal) || k.Contains(s.Key, StringComparison.Ordinal))
                ? -1000 + Math.Abs(s.Key.Length - key.Length)
                : EditDistance.Between(key, s.Key.Length > MaxComparedLength ? s.Key[..MaxComparedLength] : s.Key)))
            .OrderBy(s => s.Score)
            .ThenBy(s => s.Display, StringComparer.Ordinal)
            .Select(s => s.Display)
            .Take(3)
            .ToArray();
    }

    /// <summary>The normal form: full-width to half-width, white space removed, ASCII letters lower-case.</summary>
    internal static string Key(string name)
    {
        var clean = true;
        foreach (var c in name)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or >= 'A' and <= 'Z' || char.IsWhiteSpace(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var half = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            builder.Append(half is >= 'A' and <= 'Z' ? (char)(half + 32) : half);
        }

        return builder.ToString();
    }

    /// <summary>The forms a key also stands for: without 吉林省/省 before, with 省 for 吉林省, without 市/县 after.</summary>
    private IEnumerable<string> Variants(string key)
    {
        foreach (var prefix in Prefixes)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                var bare = key[prefix.Length..];
                yield return bare;
                if (prefix.Length > 1)
                {
                    yield return "省" + bare;
                }

                foreach (var s in Unsuffixed(bare))
                {
                    yield return s;
                }

                yield break;
            }
        }

        foreach (var s in Unsuffixed(key))
        {
            yield return s;
        }
    }

    private IEnumerable<string> Unsuffixed(string key)
    {
        if (!stripSuffixes)
        {
            yield break;
        }

        foreach (var suffix in Suffixes)
        {
            if (key.Length > suffix.Length + 1 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return key[..^suffix.Length];
            }
        }
    }

    /// <summary>One name of an item, as written and as its key (a class: see the constructor's remarks).</summary>
    private sealed record Named(T Item, string Display, string Key);

    /// <summary>What only a look-up by a variant form or a suggestion needs.</summary>
    private sealed class Derived
    {
        public Derived(NameIndex<T> index)
        {
            var variantKeys = new Dictionary<string, T?>(StringComparer.Ordinal);
            foreach (var (item, _, key) in index.named)
            {
                foreach (var variant in index.Variants(key))
                {
                    if (index.blocked.Contains(variant))
                    {
                        continue;
                    }

                    // A form two items would share names neither: null marks it.
                    variantKeys[variant] = variantKeys.TryGetValue(variant, out var other) && !ReferenceEquals(other, item) ? null : item;
                }
            }

            Variants = variantKeys
                .Where(p => p.Value is not null && !index.exact.ContainsKey(p.Key))
                .ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
            SuggestionKeys = index.named.Select(n => (n.Display, n.Key)).DistinctBy(d => d.Display, StringComparer.Ordinal).ToArray();
        }

        /// <summary>Variant forms (without 吉林省/省, 市/县) that name exactly one item and are no item's exact form.</summary>
        public FrozenDictionary<string, T> Variants { get; }

        /// <summary>Every name as displayed, with its key, once per display form.</summary>
        public (string Display, string Key)[] SuggestionKeys { get; }
    }
}
