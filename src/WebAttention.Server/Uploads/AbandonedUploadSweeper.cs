using Microsoft.Extensions.Options;
using WebAttention.Server.Options;

namespace WebAttention.Server.Uploads;

/// <summary>
/// Removes uploads nobody touched for <c>Uploads:AbandonAfterHours</c> (and part files a crash left without their row),
/// at start and every <c>Uploads:SweepEverySeconds</c>.
/// </summary>
public sealed class AbandonedUploadSweeper(IServiceScopeFactory scopes, IOptions<UploadOptions> options, ILogger<AbandonedUploadSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepEverySeconds));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<UploadStore>().RemoveAbandonedAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} abandoned upload(s)", removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Sweeping abandoned uploads failed; will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
