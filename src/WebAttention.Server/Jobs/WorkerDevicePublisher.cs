using System.Diagnostics;
using System.Globalization;
using Hangfire;
using WebAttention.Server.Extensions;

namespace WebAttention.Server.Jobs;

/// <summary>
/// Publishes this worker's inference device (CPU/CUDA, GPU name and memory) in Hangfire's storage, where the
/// dashboard's workers panel reads it beside Hangfire's own server list. Refreshed every minute.
/// </summary>
public sealed class WorkerDevicePublisher(JobStorage storage, IInferenceStatus inference, ILogger<WorkerDevicePublisher> logger) : BackgroundService
{
    /// <summary>Hash key of a worker's device facts.</summary>
    public static string HashKey(string workerName) => "webattention:worker:" + workerName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gpu = await QueryGpuAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                var info = inference.Current;
                using var connection = storage.GetConnection();
                connection.SetRangeInHash(HashKey(JobRunner.WorkerName), new Dictionary<string, string>
                {
                    ["device"] = info.Device,
                    ["detail"] = info.DeviceDetail ?? "",
                    ["gpu"] = gpu?.Name ?? "",
                    ["gpuMemory"] = gpu?.MemoryBytes.ToString(CultureInfo.InvariantCulture) ?? "",
                    ["at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not publish this worker's device");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>The first GPU's name and memory from nvidia-smi, or null where there is none.</summary>
    private static async Task<(string Name, long MemoryBytes)?> QueryGpuAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("nvidia-smi", "--query-gpu=name,memory.total --format=csv,noheader,nounits")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return null;
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var parts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(',');
            return process.ExitCode == 0 && parts is [var name, var mib] && long.TryParse(mib.Trim(), CultureInfo.InvariantCulture, out var mebibytes)
                ? (name.Trim(), mebibytes * 1024 * 1024)
                : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            return null; // No NVIDIA driver here.
        }
    }
}
