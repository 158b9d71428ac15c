using System.Diagnostics;

namespace WebAttention.Cli.Bench;

/// <summary>Samples the managed heap size every 100 ms and reads the process's peak working set at the end.</summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private long _peakHeap;

    /// <summary>Starts sampling.</summary>
    public PeakMemorySampler() => _loop = SampleAsync(_stop.Token);

    /// <summary>Largest managed heap size seen, in bytes.</summary>
    public long PeakManagedHeapBytes => Math.Max(Interlocked.Read(ref _peakHeap), GC.GetGCMemoryInfo().HeapSizeBytes);

    /// <summary>Managed bytes allocated since the sampler started.</summary>
    public long AllocatedBytes => GC.GetTotalAllocatedBytes() - _allocatedAtStart;

    /// <summary>The process's peak working set so far, in bytes.</summary>
    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (heap > Interlocked.Read(ref _peakHeap))
            {
                Interlocked.Exchange(ref _peakHeap, heap);
            }
        }
    }
}
