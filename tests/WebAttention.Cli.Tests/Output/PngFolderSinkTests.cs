using WebAttention.Cli.Output;
using WebAttention.Cli.Tests.Support;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;

namespace WebAttention.Cli.Tests.Output;

public sealed class PngFolderSinkTests
{
    [Fact]
    public async Task Maps_become_numbered_pngs_scaled_to_the_output_size()
    {
        using var folder = new TempFolder();
        var sink = new PngFolderSink(folder.Path, 4, new FrameSize(30, 20));

        await sink.WriteAsync(new SaliencyMap(0, 3, 2, [0, 1, 2, 3, 4, 5]), CancellationToken.None);
        await sink.WriteAsync(new SaliencyMap(1, 3, 2, [5, 4, 3, 2, 1, 0]), CancellationToken.None);
        await sink.CompleteAsync(CancellationToken.None);

        Assert.Equal(2, sink.Written);
        Assert.True(sink.IsCompleted);
        Assert.Equal(new FrameSize(3, 2), sink.MapSize);
        Assert.Equal((30, 20, 1), PngFiles.Info(folder.Combine("0002.png")));
    }

    [Fact]
    public async Task A_map_out_of_frame_order_is_refused()
    {
        using var folder = new TempFolder();
        var sink = new PngFolderSink(folder.Path);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sink.WriteAsync(new SaliencyMap(3, 1, 1, [1]), CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData(50, 4)]
    [InlineData(9999, 4)]
    [InlineData(10000, 5)]
    public void File_names_widen_only_for_long_clips(long frames, int digits) => Assert.Equal(digits, PngFolderSink.DigitsFor(frames));
}
