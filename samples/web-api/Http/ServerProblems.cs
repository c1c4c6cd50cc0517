using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jilin.Urbanization.WebApi.Http;

/// <summary>Completes every problem the server writes: a type, a detail for the framework's empty answers, the instance and trace id.</summary>
public static class ServerProblems
{
    /// <summary>Fills what a problem lacks.</summary>
    /// <param name="context">The request.</param>
    /// <param name="problem">The problem.</param>
    public static void Complete(HttpContext context, ProblemDetails problem)
    {
        problem.Instance ??= context.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        if (problem.Detail is not null)
        {
            return;
        }

        // The framework's own answers with no body (an unknown path, a method the path does not take).
        (problem.Type, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status404NotFound => (Problems.TypeBase + "no-endpoint", $"Nothing answers {context.Request.Method} {context.Request.Path}; /openapi/v1.json lists the endpoints."),
            StatusCodes.Status405MethodNotAllowed => (Problems.TypeBase + "method-not-allowed", $"{context.Request.Path} does not take {context.Request.Method}; /openapi/v1.json lists the methods of each endpoint."),
            StatusCodes.Status401Unauthorized => (Problems.TypeBase + "unauthenticated", "This endpoint needs a bearer token (Authorization: Bearer <token>)."),
            StatusCodes.Status403Forbidden => (Problems.TypeBase + "forbidden", "The caller may not do this."),
            _ => (problem.Type, $"The request failed with status {problem.Status}."),
        };
    }
}
