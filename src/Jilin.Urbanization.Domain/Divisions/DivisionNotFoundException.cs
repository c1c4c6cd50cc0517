namespace Jilin.Urbanization.Domain.Divisions;

/// <summary>
/// No administrative division of Jilin has the code or name given: the one not-found family for names
/// (<see cref="NameNotFoundException"/>), with the nearest names in <see cref="NameNotFoundException.Suggestions"/>.
/// </summary>
public sealed class DivisionNotFoundException : NameNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">What was looked up (kept whole; the message shows at most 64 characters).</param>
    /// <param name="suggestions">The nearest known names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DivisionNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base("administrative division of Jilin (code or name)", input, suggestions)
    {
    }
}
