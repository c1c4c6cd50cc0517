using System.Text.Json;
using Jilin.Urbanization.Domain;
using Microsoft.AspNetCore.Diagnostics;

namespace Jilin.Urbanization.WebApi.Http;

/// <summary>
/// Answers an exception that escaped an endpoint with a problem: the library's documented exceptions become 400/404
/// with their message (and location), anything else a 500 that names only the trace id (the log has the rest).
/// </summary>
/// <param name="logger">Logs unexpected exceptions.</param>
public sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestTooLargeException e => Problems.Of(StatusCodes.Status413PayloadTooLarge, "body-too-large", e.Message, "body", new Dictionary<string, object?> { ["limit"] = e.Limit }),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Problems.Of(StatusCodes.Status413PayloadTooLarge, "body-too-large", "The request body is larger than the server accepts (Limits:MaxBodyBytes); split the upload into smaller files.", "body"),
            BadHttpRequestException e => Problems.Of(e.StatusCode, "bad-request", "The request could not be read: " + e.Message, "request"),
            NameNotFoundException e => Problems.Of(StatusCodes.Status404NotFound, "unknown-name", e.Message, extensions: new Dictionary<string, object?> { ["suggestions"] = e.Suggestions }),
            PolicyDataException e => Problems.Of(StatusCodes.Status400BadRequest, "bad-input", e.Message, e.Location ?? "body"),
            JsonException e => Problems.Of(StatusCodes.Status400BadRequest, "bad-json", $"The body is not the JSON expected: {e.Message}", e.Path ?? "body"),
            KeyNotFoundException e => Problems.Of(StatusCodes.Status404NotFound, "not-found", e.Message),
            ArgumentException or FormatException => Problems.Of(StatusCodes.Status400BadRequest, "bad-input", exception.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true; // the caller went away: nothing to answer
            }

            Unexpected(logger, exception, exception.GetType().Name, httpContext.Request.Method, RequestLog.RouteOf(httpContext));
            problem = Problems.Of(StatusCodes.Status500InternalServerError, "server-error", "The server failed to answer; the server log has the details under this trace id.");
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unexpected {ExceptionType} answering {Method} {Route}")]
    private static partial void Unexpected(ILogger logger, Exception exception, string exceptionType, string method, string route);
}
