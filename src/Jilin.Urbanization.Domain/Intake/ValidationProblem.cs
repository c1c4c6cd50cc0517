using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// One problem of a file, as an office sends it back to the county that filled it: where (<see cref="Location"/>,
/// with the column's header), the value as written, what is wrong, and what to write instead.
/// </summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Value">The cell's text as written (empty for a missing cell or a whole-row problem).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Suggestion">What to write instead, or null when there is nothing specific to suggest.</param>
/// <exception cref="ArgumentNullException"><paramref name="Location"/>, <paramref name="Value"/> or <paramref name="Message"/> is null.</exception>
public sealed record ValidationProblem(IntakeLocation Location, string Value, string Message, string? Suggestion)
{
    /// <summary>Where the problem is.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public IntakeLocation Location { get; init => field = Guard.Against.Null(value, nameof(Location)); } = Guard.Against.Null(Location);

    /// <summary>The cell's text as written.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public string Value { get; init => field = Guard.Against.Null(value, nameof(Value)); } = Guard.Against.Null(Value);

    /// <summary>What is wrong.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public string Message { get; init => field = Guard.Against.Null(value, nameof(Message)); } = Guard.Against.Null(Message);

    /// <summary>The column's header as written, or null (a whole-file or whole-row problem, or before the header is known).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Column => Location.Header;

    /// <summary>The problem as one line: location, what is wrong, the suggestion.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Suggestion is null ? $"{Location}: {Message}" : $"{Location}: {Message} {Suggestion}";
}
