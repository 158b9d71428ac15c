using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WebAttention.Server.Tests.Infrastructure;

/// <summary>One log entry as the server wrote it.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception);

/// <summary>A logger provider that keeps every entry, for tests about what the server logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>Waits until an entry matches (or the time is up) and returns it, or null.</summary>
    public async Task<CapturedLog?> WaitForAsync(Func<CapturedLog, bool> match, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (!timeout.IsCancellationRequested)
        {
            if (_entries.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(50, CancellationToken.None);
        }
        return _entries.FirstOrDefault(match);
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception));
    }
}
