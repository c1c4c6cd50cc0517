using System.Text.RegularExpressions;

namespace Jilin.Urbanization.WebApi.Http;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) for every error the server answers: a <c>type</c> per
/// kind of problem, a <c>detail</c> in the caller's terms, and where the input is wrong (<c>location</c>: <c>query
/// asOf</c>, <c>route id</c>, <c>body 3:42</c>, <c>$.observations[0].value</c>).
/// </summary>
public static partial class Problems
{
    /// <summary>The base of every problem <c>type</c>: the README section that explains the problems.</summary>
    public const string TypeBase = "https://github.com/jilin-urbanization/Jilin.Urbanization.Domain/blob/main/samples/web-api/README.md#problems/";

    /// <summary>A problem answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="kind">The problem's kind: the last segment of its <c>type</c> (e.g. <c>too-many-rows</c>).</param>
    /// <param name="detail">What is wrong, for the caller.</param>
    /// <param name="location">Where in the input, or null.</param>
    /// <param name="extensions">More members, or null.</param>
    public static IResult Of(int status, string kind, string detail, string? location = null, IDictionary<string, object?>? extensions = null)
    {
        var members = extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(extensions);
        if (location is not null)
        {
            members["location"] = location;
        }

        return Results.Problem(detail: Clean(detail), statusCode: status, type: TypeBase + kind, extensions: members);
    }

    /// <summary>400: a query or route value is missing or malformed.</summary>
    /// <param name="parameter">The parameter, e.g. <c>asOf</c>.</param>
    /// <param name="where">Where it comes from: <c>query</c> or <c>route</c>.</param>
    /// <param name="detail">What it must be.</param>
    public static IResult BadParameter(string parameter, string where, string detail) =>
        Of(StatusCodes.Status400BadRequest, "bad-parameter", detail, $"{where} {parameter}");

    /// <summary>
    /// A library message without .NET's internals: the " (Parameter 'entries')" that <see cref="ArgumentException"/>
    /// appends names a C# parameter, not anything the caller sent.
    /// </summary>
    /// <param name="message">The message.</param>
    public static string Clean(string message) => ParameterSuffix().Replace(message, string.Empty);

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterSuffix();
}
