namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>
/// A text names no subject — not 全省/the province, no division of Jilin and no department: the one not-found family for
/// names (<see cref="NameNotFoundException"/>), with the nearest names in <see cref="NameNotFoundException.Suggestions"/>.
/// </summary>
public sealed class SubjectNotFoundException : NameNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">What was looked up (kept whole; the message shows at most 64 characters).</param>
    /// <param name="suggestions">The nearest known names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SubjectNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base("subject (全省, a division of Jilin or a department)", input, suggestions)
    {
    }
}
