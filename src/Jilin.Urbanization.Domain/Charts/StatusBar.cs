using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// One bar of a <see cref="StatusChart"/>: a label (a department, a county, a document …) and its counts by status,
/// stacked in the order given.
/// </summary>
public sealed record StatusBar
{
    /// <summary>For JSON (<c>DomainJson</c>): the lists as the properties hold them, checked as by the public constructor.</summary>
    [JsonConstructor]
    internal StatusBar(string label, ValueList<StatusCount> counts)
        : this(label, (IEnumerable<StatusCount>)counts)
    {
    }

    /// <summary>Creates a bar.</summary>
    /// <param name="label">What the bar stands for, shown beside it.</param>
    /// <param name="counts">The counts by status, stacked in this order.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or whitespace.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The counts add up to more than <see cref="int.MaxValue"/>.</exception>
    public StatusBar(string label, IEnumerable<StatusCount> counts)
    {
        Label = Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.Null(counts);
        Counts = counts.Select(c => Guard.Against.Null(c, nameof(counts))).ToValueList();
        var total = Counts.Sum(c => (long)c.Count);
        if (total > int.MaxValue)
        {
            throw new ArgumentException($"The counts of '{label}' add up to {total}, more than a bar can show.", nameof(counts));
        }

        Total = (int)total;
    }

    /// <summary>What the bar stands for.</summary>
    public string Label { get; }

    /// <summary>The counts by status, in stacking order.</summary>
    public ValueList<StatusCount> Counts { get; }

    /// <summary>The sum of the counts.</summary>
    public int Total { get; }

    /// <summary>Readable form: <c>省教育厅: Met 2, NotMet 1</c>.</summary>
    public override string ToString() => $"{Label}: {string.Join(", ", Counts.Select(c => $"{c.Status} {c.Count}"))}";
}
