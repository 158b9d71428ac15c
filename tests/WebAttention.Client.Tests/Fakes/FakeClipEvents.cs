using WebAttention.Client.Services.Hub;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>Hub events raised by hand.</summary>
public sealed class FakeClipEvents : IClipEvents
{
    private readonly List<Func<JobProgress, Task>> progress = [];
    private readonly List<Func<CropPathChange, Task>> paths = [];
    private readonly List<Func<ClipSummary, Task>> clips = [];

    public List<Guid> Watched { get; } = [];

    public IDisposable OnJobProgressed(Func<JobProgress, Task> handler) => Add(progress, handler);

    public IDisposable OnClipChanged(Func<ClipSummary, Task> handler) => Add(clips, handler);

    public IDisposable OnCropPathChanged(Func<CropPathChange, Task> handler) => Add(paths, handler);

    public Task WatchClipAsync(Guid clipId, CancellationToken cancellationToken)
    {
        Watched.Add(clipId);
        return Task.CompletedTask;
    }

    public Task RaiseAsync(CropPathChange change) => Task.WhenAll(paths.ToList().Select(h => h(change)));

    public Task RaiseAsync(ClipSummary changed) => Task.WhenAll(clips.ToList().Select(h => h(changed)));

    public Task RaiseAsync(JobProgress update) => Task.WhenAll(progress.ToList().Select(h => h(update)));

    private static IDisposable Add<T>(List<T> list, T handler)
    {
        list.Add(handler);
        return new Remove(() => list.Remove(handler));
    }

    private sealed class Remove(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
