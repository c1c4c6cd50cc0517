using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>A text names no subject: no division of Jilin, no department and not the province. The message lists the nearest names.</summary>
public sealed class SubjectNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">What was looked up (kept whole; the message shows at most 64 characters).</param>
    /// <param name="suggestions">The nearest known names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SubjectNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base(BuildMessage(Guard.Against.Null(input), Guard.Against.Null(suggestions)))
    {
        Input = input;
        Suggestions = suggestions.ToValueList();
    }

    /// <summary>What was looked up.</summary>
    public string Input { get; }

    /// <summary>The nearest known names.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string input, IReadOnlyList<string> suggestions)
    {
        var shown = Jilin.Urbanization.Domain.Data.StrictText.Quote(input);
        var hint = suggestions.Count == 0 ? string.Empty : $" Nearest known names: {string.Join(", ", suggestions)}.";
        return $"{shown} names no subject: not 全省/the province, no division of Jilin (code or name) and no department.{hint}";
    }
}
