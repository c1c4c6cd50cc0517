namespace Jilin.Urbanization.Domain.Departments;

/// <summary>Thrown when a name or id names no known department. The message names the input and the nearest known names.</summary>
public sealed class DepartmentNotFoundException : NameNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The id or name as given.</param>
    /// <param name="suggestions">The nearest known names, best first; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DepartmentNotFoundException(string input, IReadOnlyList<string> suggestions)
        : base("department", input, suggestions)
    {
    }
}
