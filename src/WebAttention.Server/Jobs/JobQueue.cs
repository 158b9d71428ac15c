using System.Threading.Channels;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Jobs;

/// <summary>
/// Adds jobs to the durable job table and nudges the local worker. The table is the queue:
/// a job exists once its row is committed, whatever happens to this process afterwards.
/// </summary>
public sealed class JobQueue
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Adds a queued job to <paramref name="db"/>; it is durable when the caller saves.</summary>
    public Job Add(AppDbContext db, string kind, Guid clipId, string queue = "cpu")
    {
        ArgumentNullException.ThrowIfNull(db);
        var job = new Job { Id = Guid.NewGuid(), Kind = kind, ClipId = clipId, Queue = queue, State = JobState.Queued };
        db.Jobs.Add(job);
        return job;
    }

    /// <summary>Wakes the worker after a commit.</summary>
    public void Signal() => _signal.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the poll interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(poll);
        try
        {
            await _signal.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Poll interval elapsed.
        }
    }
}
