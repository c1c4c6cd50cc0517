namespace Jilin.Urbanization.Domain;

/// <summary>
/// The one exception every reader of outside data throws (the policy-text parser, <c>PolicyCatalog.ReadJson</c>,
/// observation and progress-report readers, the embedded-resource loader): the input is malformed, truncated,
/// wrongly typed, duplicated, dangling or out of range. It says where (<see cref="Location"/>) and what to do.
/// No partially built object escapes when it is thrown.
/// </summary>
public sealed class PolicyDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what the user can do about it.</param>
    /// <param name="location">Where: a JSON path (<c>$.documents[0].measures[3]</c>), <c>file:line:column</c>, or a resource name.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public PolicyDataException(string message, string location, Exception? innerException = null)
        : base($"{message} (at {location})", innerException)
    {
        Location = location;
    }

    /// <summary>Where the problem is: a JSON path, <c>file:line:column</c>, or a resource name.</summary>
    public string Location { get; }
}
