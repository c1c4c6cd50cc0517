using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>No administrative division has the code or name given; the message lists the nearest names.</summary>
public sealed class DivisionNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">What was looked up (kept whole in <see cref="Input"/>; the message shows at most 64 characters).</param>
    /// <param name="suggestions">The nearest known names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DivisionNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base(BuildMessage(Guard.Against.Null(input), Guard.Against.Null(suggestions)))
    {
        Input = input;
        Suggestions = suggestions.ToValueList();
    }

    /// <summary>What was looked up.</summary>
    public string Input { get; }

    /// <summary>The nearest known names, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string input, IReadOnlyList<string> suggestions)
    {
        var shown = Jilin.Urbanization.Domain.Data.StrictText.Quote(input);
        return suggestions.Count == 0
            ? $"No administrative division of Jilin has the code or name {shown}."
            : $"No administrative division of Jilin has the code or name {shown}. Nearest known names: {string.Join(", ", suggestions)}.";
    }
}
