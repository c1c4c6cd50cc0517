using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// The one look-up of fields by name, for a CSV header and a JSON entry alike: names match without regard to case, a
/// name given twice is refused, and so are two synonyms of one field (<c>target</c> and <c>indicator</c>): reading one
/// of them would silently drop the other's data. Every error names the field where it is (<c>1:7</c> or a JSON path).
/// </summary>
internal sealed class FieldMap
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> names = [];
    private readonly Func<int, string> where;
    private readonly string missingAt;
    private readonly string owner;
    private readonly string kind;

    /// <param name="owner">What holds the fields, in messages: "The header" or "The observation".</param>
    /// <param name="kind">What a field is called in messages: "column" or "member".</param>
    /// <param name="where">The location of the field at an index.</param>
    /// <param name="missingAt">Where a missing field is reported (the header, or the JSON entry).</param>
    public FieldMap(string owner, string kind, Func<int, string> where, string missingAt) =>
        (this.owner, this.kind, this.where, this.missingAt) = (owner, kind, where, missingAt);

    /// <summary>Adds the field at <paramref name="index"/>; a blank name is no field. A repeated name is refused.</summary>
    public void Add(string name, int index)
    {
        names.Add(name);
        if (name.Length > 0 && !indexes.TryAdd(name, index))
        {
            throw new PolicyDataException($"{owner} names the {kind} {StrictText.Quote(name)} twice.", where(index));
        }
    }

    /// <summary>The index of whichever of <paramref name="synonyms"/> is present, or -1; two present are refused, naming both.</summary>
    public int Column(params string[] synonyms)
    {
        var found = -1;
        foreach (var name in synonyms)
        {
            if (!indexes.TryGetValue(name, out var index))
            {
                continue;
            }

            if (found >= 0)
            {
                // Named as written, the later one where it is.
                var (a, b) = (Math.Min(found, index), Math.Max(found, index));
                throw new PolicyDataException(
                    $"{owner} names both the {kind} {StrictText.Quote(names[a])} and the {kind} {StrictText.Quote(names[b])}, which mean the same; give one of them (reading one would drop the other's data).",
                    where(b));
            }

            found = index;
        }

        return found;
    }

    /// <summary>The index of the one of <paramref name="synonyms"/> present, or a <see cref="PolicyDataException"/> naming them all.</summary>
    public int RequiredColumn(params string[] synonyms)
    {
        var index = Column(synonyms);
        return index >= 0
            ? index
            : throw new PolicyDataException(
                $"{owner} has no '{synonyms[0]}' {kind}{(synonyms.Length > 1 ? $" (or {string.Join(", ", synonyms.Skip(1).Select(n => $"'{n}'"))})" : string.Empty)}; {kind}s are matched by name, in any order.",
                missingAt);
    }

    /// <summary>Refuses a field that is none of <paramref name="known"/> (for formats that allow no others).</summary>
    public void AllowOnly(params string[][] known)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (!known.Any(synonyms => synonyms.Contains(names[i], StringComparer.OrdinalIgnoreCase)))
            {
                throw new PolicyDataException(
                    $"{owner} names the unknown {kind} {StrictText.Quote(names[i])}; expected {string.Join(", ", known.Select(k => $"'{k[0]}'"))}.",
                    where(i));
            }
        }
    }

    /// <summary>The name the field at <paramref name="index"/> was given under.</summary>
    public string NameAt(int index) => names[index];
}
