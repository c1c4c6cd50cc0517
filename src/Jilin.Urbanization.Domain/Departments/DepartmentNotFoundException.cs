using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>Thrown when a name or id names no known department. The message names the input and the nearest known names.</summary>
public sealed class DepartmentNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The name or id that was asked for.</param>
    /// <param name="suggestions">The nearest known names, best first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="suggestions"/> is null.</exception>
    public DepartmentNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base(BuildMessage(Guard.Against.Null(input), Guard.Against.Null(suggestions)))
    {
        Input = input;
        Suggestions = suggestions.ToValueList(); // a copy: the caller's array cannot change it afterwards
    }

    /// <summary>The name or id that was asked for.</summary>
    public string Input { get; }

    /// <summary>The nearest known names, best first (may be empty).</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string input, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? $"No department is named '{input}'."
            : $"No department is named '{input}'. Nearest known names: {string.Join(", ", suggestions)}.";
}
