namespace Jilin.Urbanization.Domain.Places;

/// <summary>Thrown when a name or id names no known place. The message names the input and lists the known names.</summary>
public sealed class PlaceNotFoundException : NameNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The id or name as given.</param>
    /// <param name="suggestions">The nearest known names, best first; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlaceNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base("place", input, suggestions)
    {
    }
}
