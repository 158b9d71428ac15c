using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Admin;
using WebAttention.Data;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Admin;

/// <summary>The workers panel: Hangfire's servers, the jobs they are running and the device each published.</summary>
public sealed class WorkerDirectory(JobStorage storage, AppDbContext db)
{
    public async Task<IReadOnlyList<WorkerInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var monitoring = storage.GetMonitoringApi();
        var servers = monitoring.Servers();
        var processing = monitoring.ProcessingJobs(0, 500);
        var engineIds = processing.Select(p => p.Key).ToList();
        var rows = await db.Jobs.AsNoTracking().Where(j => j.EngineJobId != null && engineIds.Contains(j.EngineJobId))
            .Select(j => new { j.EngineJobId, j.Id, j.Kind }).ToListAsync(cancellationToken);
        using var connection = storage.GetConnection();
        return servers.Select(server =>
        {
            // Hangfire names a server "host:pid:guid" (lower case); JobRunner.WorkerName is its "host:pid".
            var name = server.Name;
            var cut = name.LastIndexOf(':');
            var workerName = cut > 0 ? name[..cut] : name;
            var device = connection.GetAllEntriesFromHash(WorkerDevicePublisher.HashKey(workerName)) ?? new Dictionary<string, string>();
            var current = processing.Where(p => p.Value.ServerId == name)
                .Select(p => rows.FirstOrDefault(r => r.EngineJobId == p.Key) is { } row ? $"{row.Kind} {row.Id}" : $"engine job {p.Key}")
                .ToList();
            return new WorkerInfo(
                name, workerName.Split(':')[0], server.Queues.ToList(), server.WorkersCount, server.StartedAt, server.Heartbeat,
                Value(device, "device"), Value(device, "gpu"),
                long.TryParse(Value(device, "gpuMemory"), CultureInfo.InvariantCulture, out var memory) ? memory : null,
                current);
        }).ToList();
    }

    private static string? Value(IDictionary<string, string> hash, string key) =>
        hash.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
