using Hangfire.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace WebAttention.Server.Jobs;

/// <summary>
/// Hangfire's logging is process-wide (static). This bridge sends it to a host's logger factory and drops
/// messages once that host is disposed, so a second host in the same process (tests) never trips on the
/// first one's disposed factory.
/// </summary>
internal sealed class HangfireLogBridge(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new BridgedLog(factory, name);

    private sealed class BridgedLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null)
                {
                    return _logger.IsEnabled(level);
                }
                if (_logger.IsEnabled(level))
                {
#pragma warning disable CA1848, CA2254 // Hangfire hands over a finished message, not a template.
                    _logger.Log(level, exception, "{Message}", messageFunc());
#pragma warning restore CA1848, CA2254
                }
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static MsLogLevel Map(Hangfire.Logging.LogLevel level) => level switch
        {
            Hangfire.Logging.LogLevel.Trace => MsLogLevel.Trace,
            Hangfire.Logging.LogLevel.Debug => MsLogLevel.Debug,
            Hangfire.Logging.LogLevel.Info => MsLogLevel.Information,
            Hangfire.Logging.LogLevel.Warn => MsLogLevel.Warning,
            Hangfire.Logging.LogLevel.Error => MsLogLevel.Error,
            _ => MsLogLevel.Critical,
        };
    }
}
