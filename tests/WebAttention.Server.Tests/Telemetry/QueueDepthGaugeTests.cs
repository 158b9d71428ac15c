using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using WebAttention.Server.Telemetry;

namespace WebAttention.Server.Tests.Telemetry;

/// <summary>
/// A metrics scrape while the app starts (database not migrated yet) or after it stopped logged "no such table: Jobs"
/// as an error (found by the upload disconnect log test in a full run): the gauge reports only while the app runs.
/// </summary>
public class QueueDepthGaugeTests
{
    [Fact]
    public void The_gauge_counts_nothing_before_the_app_started_and_after_it_stops()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var counted = 0;
        long Count()
        {
            counted++;
            return 7;
        }

        Assert.Empty(AppMetrics.WhileRunning(lifetime, Count));

        lifetime.NotifyStarted();
        var running = Assert.Single(AppMetrics.WhileRunning(lifetime, Count));
        Assert.Equal(7, running.Value);

        lifetime.StopApplication();
        Assert.Empty(AppMetrics.WhileRunning(lifetime, Count));
        Assert.Equal(1, counted);
    }
}
