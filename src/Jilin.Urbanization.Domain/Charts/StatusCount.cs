using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>How many items of one bar have one status, and the colour the status is drawn in.</summary>
/// <param name="Status">The status's name as shown in the legend (Met, NotMet, 已完成 …).</param>
/// <param name="Count">How many; zero draws nothing.</param>
/// <param name="Colour">A CSS colour: <c>#rgb</c>, <c>#rrggbb</c> or a plain colour name such as <c>green</c>.</param>
/// <exception cref="ArgumentNullException"><paramref name="Status"/> or <paramref name="Colour"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Status"/> is empty or whitespace, <paramref name="Count"/> is negative, or <paramref name="Colour"/> is not a colour.</exception>
public sealed partial record StatusCount(string Status, int Count, string Colour)
{
    /// <summary>The status's name as shown in the legend.</summary>
    /// <exception cref="ArgumentException">The value is null, empty or whitespace.</exception>
    public string Status { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Status)); } = Guard.Against.NullOrWhiteSpace(Status);

    /// <summary>How many.</summary>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public int Count { get; init => field = Guard.Against.Negative(value, nameof(Count)); } = Guard.Against.Negative(Count);

    /// <summary>A CSS colour: <c>#rgb</c>, <c>#rrggbb</c> or a plain colour name.</summary>
    /// <exception cref="ArgumentException">The value is null or not such a colour.</exception>
    public string Colour { get; init => field = CheckColour(value, nameof(Colour)); } = CheckColour(Colour, nameof(Colour));

    /// <summary>Readable form: <c>Met: 3 (#2e7d32)</c>.</summary>
    public override string ToString() => $"{Status}: {Count} ({Colour})";

    internal static string CheckColour(string? colour, string parameter)
    {
        Guard.Against.Null(colour, parameter);
        if (!ColourPattern().IsMatch(colour))
        {
            throw new ArgumentException($"'{colour}' is not a colour; use #rgb, #rrggbb or a plain colour name such as green.", parameter);
        }

        return colour;
    }

    [GeneratedRegex("^(#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[A-Za-z]{3,20})$")]
    private static partial Regex ColourPattern();
}
