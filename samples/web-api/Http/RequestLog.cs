using System.Diagnostics;
using Jilin.Urbanization.WebApi.Security;
using Microsoft.AspNetCore.Routing;

namespace Jilin.Urbanization.WebApi.Http;

/// <summary>
/// One structured log line per request: method, route template (never the raw path or query, which may carry names),
/// status, milliseconds and the caller's role and subject (an office, e.g. <c>220581</c>; no person, address, token or
/// user agent is logged).
/// </summary>
public static partial class RequestLog
{
    /// <summary>The route template of the request's endpoint, or <c>(no endpoint)</c>.</summary>
    /// <param name="context">The request.</param>
    public static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";

    /// <summary>Middleware writing the line when the request ends.</summary>
    /// <param name="app">The app.</param>
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Jilin.Urbanization.WebApi.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var caller = Callers.TryGet(context.User, out var subject) ? subject.ToString() : "anonymous";
                    var (route, elapsed, role) = (RouteOf(context), Stopwatch.GetElapsedTime(started).TotalMilliseconds, Callers.RoleOf(context.User));
                    Handled(logger, context.Request.Method, route, context.Response.StatusCode, elapsed, role, caller);
                }
            }
        });
    }

    [LoggerMessage(EventId = 27, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs:F1} ms for {Role} {Caller}")]
    private static partial void Handled(ILogger logger, string method, string route, int status, double elapsedMs, string role, string caller);
}
