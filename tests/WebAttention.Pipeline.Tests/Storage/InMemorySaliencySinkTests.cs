using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Pipeline.Tests.Storage;

public class InMemorySaliencySinkTests
{
    [Fact]
    public async Task Keeps_maps_in_order_and_refuses_writes_after_completion()
    {
        var sink = new InMemorySaliencySink();
        var map = new SaliencyMap(0, 1, 1, [1f]);

        await sink.WriteAsync(map, CancellationToken.None);
        await sink.CompleteAsync(CancellationToken.None);

        Assert.Same(map, Assert.Single(sink.Maps));
        Assert.True(sink.IsCompleted);
        await Assert.ThrowsAsync<InvalidOperationException>(() => sink.WriteAsync(map, CancellationToken.None).AsTask());
    }
}
