namespace Jilin.Urbanization.WebApi.Http;

/// <summary>What the server says at start: where it listens, what it stores in, whether the development token issuer is on.</summary>
public static partial class ServerLog
{
    /// <summary>The start-up line.</summary>
    /// <param name="logger">The app's logger.</param>
    /// <param name="urls">The URLs it listens on.</param>
    /// <param name="store">The store's description.</param>
    /// <param name="developmentIssuer">Whether POST /dev/tokens issues tokens.</param>
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Progress server listening on {Urls}; progress stored in {Store}; development token issuer {DevelopmentIssuer}")]
    public static partial void Started(ILogger logger, string urls, string store, bool developmentIssuer);
}
