using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Jobs;
using WebAttention.Data;

namespace WebAttention.Server.Jobs;

/// <summary>
/// At start-up and then every half minute, hands Hangfire the queued rows that never reached it (the process died between committing a
/// row and enqueueing it). Each row is claimed with a conditional update, so two starting nodes cannot both
/// hand over the same row.
/// </summary>
public sealed class JobDispatchRecovery(IServiceScopeFactory scopes, ILogger<JobDispatchRecovery> logger) : BackgroundService
{
    /// <summary>Rows younger than this may still be on their way to the engine from another node.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Grace);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Handing stranded jobs to the job engine failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scheduler = scope.ServiceProvider.GetRequiredService<JobScheduler>();
        var before = DateTime.UtcNow - Grace;
        var stranded = await db.Jobs.AsNoTracking()
            .Where(j => j.State == JobState.Queued && j.EngineJobId == null && j.CreatedAt < before)
            .Select(j => new { j.Id, j.Queue }).ToListAsync(stoppingToken);
        foreach (var row in stranded)
        {
            var claim = "claim:" + Guid.NewGuid().ToString("N");
            var won = await db.Jobs.Where(j => j.Id == row.Id && j.EngineJobId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.EngineJobId, claim), stoppingToken);
            if (won == 1)
            {
                await scheduler.DispatchAsync(db, row.Id, row.Queue, stoppingToken);
            }
        }
        if (stranded.Count > 0)
        {
            logger.LogWarning("Handed {Count} stranded job(s) to the job engine", stranded.Count);
        }
    }
}
