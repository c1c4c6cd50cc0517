using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain;

/// <summary>
/// A name (of a department, a place, or anything else looked up by name) that nothing answers to. Every look-up by
/// name throws this type or a subtype (<see cref="Departments.DepartmentNotFoundException"/>,
/// <see cref="Places.PlaceNotFoundException"/>), with the nearest known names found by substring, alias and edit
/// distance. The message never repeats more than the first 64 characters of the input.
/// </summary>
public class NameNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What was looked up, in words: <c>department</c>, <c>place</c>.</param>
    /// <param name="input">The name as given (kept whole in <see cref="Input"/>, shortened in the message).</param>
    /// <param name="suggestions">The nearest known names, best first; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NameNotFoundException(string kind, string input, IReadOnlyList<string> suggestions)
        : base(BuildMessage(Guard.Against.Null(kind), Guard.Against.Null(input), Guard.Against.Null(suggestions)))
    {
        Kind = kind;
        Input = input;
        Suggestions = suggestions.ToValueList(); // a copy: the caller's list cannot change it afterwards
    }

    /// <summary>What was looked up, in words: <c>department</c>, <c>place</c>.</summary>
    public string Kind { get; }

    /// <summary>The name as given.</summary>
    public string Input { get; }

    /// <summary>The nearest known names, best first; may be empty.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string kind, string input, IReadOnlyList<string> suggestions)
    {
        var shown = Identifiers.IdText.Quote(input.AsSpan().Trim());
        return suggestions.Count == 0
            ? $"No {kind} is named '{shown}'."
            : $"No {kind} is named '{shown}'. Nearest known names: {string.Join(", ", suggestions)}.";
    }
}
