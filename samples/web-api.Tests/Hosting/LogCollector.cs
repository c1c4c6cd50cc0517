using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Jilin.Urbanization.WebApi.Tests.Hosting;

/// <summary>Keeps every log line the server writes (category and formatted message), for tests of what it logs.</summary>
public sealed class LogCollector : ILoggerProvider
{
    /// <summary>The lines, in order.</summary>
    public ConcurrentQueue<(string Category, string Message)> Lines { get; } = new();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((category, formatter(state, exception)));
    }
}
