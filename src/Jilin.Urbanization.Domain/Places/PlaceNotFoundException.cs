namespace Jilin.Urbanization.Domain.Places;

/// <summary>Thrown when a name or id names no known place. The message names the input and lists the known names.</summary>
public sealed class PlaceNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The name or id that was asked for.</param>
    /// <param name="knownNames">The names a caller may use instead.</param>
    public PlaceNotFoundException(string input, IReadOnlyList<string> knownNames)
        : base($"No place is named '{input}'. Known places: {string.Join(", ", knownNames)}.")
    {
        Input = input;
    }

    /// <summary>The name or id that was asked for.</summary>
    public string Input { get; }
}
