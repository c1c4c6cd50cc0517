using Microsoft.Net.Http.Headers;

namespace Jilin.Urbanization.WebApi.Http;

/// <summary>
/// Content negotiation by <c>Accept</c>: an endpoint offers media types (<see cref="Offers"/> in its metadata; JSON
/// when it names none); a request whose <c>Accept</c> allows none of them is answered 406 naming them, before the
/// endpoint runs.
/// </summary>
public static class Negotiation
{
    /// <summary>JSON.</summary>
    public const string Json = "application/json";

    /// <summary>CSV.</summary>
    public const string Csv = "text/csv";

    /// <summary>HTML.</summary>
    public const string Html = "text/html";

    /// <summary>The media types an endpoint answers in, first the default.</summary>
    /// <param name="Types">The types.</param>
    public sealed record Offers(params string[] Types);

    /// <summary>The best of <paramref name="offered"/> for the request's <c>Accept</c> (highest quality, then the endpoint's order), or null when none is acceptable.</summary>
    /// <param name="request">The request.</param>
    /// <param name="offered">The types offered, first the default.</param>
    public static string? Choose(HttpRequest request, IReadOnlyList<string> offered)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return offered[0]; // no (readable) Accept: anything goes
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var type in offered)
        {
            var candidate = new MediaTypeHeaderValue(type);
            var quality = ranges.Where(r => candidate.IsSubsetOf(r)).Select(r => r.Quality ?? 1.0).DefaultIfEmpty(0).Max();
            if (quality > bestQuality)
            {
                (best, bestQuality) = (type, quality);
            }
        }

        return best;
    }

    /// <summary>Middleware: 406 when the endpoint offers nothing the request accepts.</summary>
    /// <param name="app">The app.</param>
    public static IApplicationBuilder UseNegotiation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is not null)
            {
                var offered = endpoint.Metadata.GetMetadata<Offers>()?.Types ?? [Json];
                if (Choose(context.Request, offered) is null)
                {
                    await Problems.Of(
                        StatusCodes.Status406NotAcceptable,
                        "not-acceptable",
                        $"This endpoint answers in {string.Join(", ", offered)}; the request's Accept ({context.Request.Headers.Accept}) allows none of them.",
                        "header Accept",
                        new Dictionary<string, object?> { ["available"] = offered }).ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });
}
