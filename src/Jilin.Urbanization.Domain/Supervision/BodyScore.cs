using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>One row of a ranking (考评排名): a county's or department's score for a period, what it is made of, its rank and, for a tie, why.</summary>
public sealed record BodyScore
{
    /// <summary>The county or department.</summary>
    public required Subject Body { get; init => field = value.IsDefault ? throw new ArgumentException("A default Subject names no body.", nameof(Body)) : value; }

    /// <summary>Its name.</summary>
    public required string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>Its open items at the period's end.</summary>
    public required int Items { get; init; }

    /// <summary>Items with a report dated within the period and recorded by its due day (the period's end plus <see cref="LightRules.ReportDueDays"/>).</summary>
    public required int ReportedOnTime { get; init; }

    /// <summary>Items green at the period's end.</summary>
    public required int GreenItems { get; init; }

    /// <summary>Items overdue (red, past the deadline) at the period's end.</summary>
    public required int OverdueItems { get; init; }

    /// <summary>Notices with a reply deadline within the period answered after it or not at all.</summary>
    public required int LateReplies { get; init; }

    /// <summary>The score, rounded to two decimals.</summary>
    public required decimal Score { get; init; }

    /// <summary>The rank (1 is best); equal rows share a rank and the next rank is skipped (1, 2, 2, 4).</summary>
    public required int Rank { get; init; }

    /// <summary>For a row whose score equals another's, how the tie was settled or why it is shared (Chinese); else null.</summary>
    public string? TieNote { get; init; }

    /// <summary>Readable form: <c>2. 梅河口市 85.00 (3 items, 1 overdue)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Name} {Score:0.00} ({Items} items, {ReportedOnTime} on time, {GreenItems} green, {OverdueItems} overdue, {LateReplies} late replies){(TieNote is null ? string.Empty : " — " + TieNote)}");
}
