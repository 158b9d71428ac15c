using WebAttention.Core.Media;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Prediction;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Prediction;

[Collection(ComposedModelCollection.Name)]
public sealed class OnnxSaliencyPredictorTests(ComposedModelFixture fixture) : IDisposable
{
    // The fixture owns the session; this predictor is not disposed so the session survives.
    private readonly OnnxSaliencyPredictor _predictor = new(fixture.DefaultSession, fixture.Default.Manifest);

    public void Dispose()
    {
        // intentionally empty: see field comment
    }

    [Theory]
    [InlineData(1920, 1080, 384, 224)]
    [InlineData(1080, 1920, 224, 384)]
    [InlineData(640, 480, 384, 288)]
    public void Input_size_fits_the_long_side_to_384_in_multiples_of_32(int w, int h, int ew, int eh)
    {
        Assert.Equal(new FrameSize(ew, eh), _predictor.InputSizeFor(new FrameSize(w, h)));
    }

    [Fact]
    public void It_reports_the_model_and_device()
    {
        Assert.Equal($"{ModelBuilder.DefaultModelName}@{ModelBuilder.DefaultModelVersion}", _predictor.ModelName);
        Assert.Equal("CPU", _predictor.Device);
        Assert.Equal(1, _predictor.TemporalWindow);
    }

    [Fact]
    public async Task A_batch_gives_one_peak_normalised_map_per_frame_in_order()
    {
        var frames = Enumerable.Range(0, 4)
            .Select(i => SyntheticFrames.Frame(10 + i, 384, 224, SyntheticFrames.Noise(384, 224, seed: i)))
            .ToList();

        var maps = await _predictor.PredictAsync(frames, CancellationToken.None);

        Assert.Equal(frames.Select(f => f.Index), maps.Select(m => m.FrameIndex));
        Assert.All(maps, m =>
        {
            Assert.Equal((24, 14), (m.Width, m.Height));
            Assert.Equal(1f, m.Values.Max(), 5);
            Assert.True(m.Values.Min() >= 0f);
        });
    }

    [Fact]
    public async Task A_frame_gives_the_same_map_alone_or_in_a_batch()
    {
        var frames = Enumerable.Range(0, 3)
            .Select(i => SyntheticFrames.Frame(i, 320, 256, SyntheticFrames.Noise(320, 256, seed: 100 + i)))
            .ToList();

        var batched = await _predictor.PredictAsync(frames, CancellationToken.None);
        var alone = await _predictor.PredictAsync([frames[2]], CancellationToken.None);

        Assert.Equal(alone[0].Values.Length, batched[2].Values.Length);
        for (var i = 0; i < alone[0].Values.Length; i++)
        {
            Assert.Equal(alone[0].Values[i], batched[2].Values[i], 4);
        }
    }

    [Fact]
    public async Task Frames_of_different_sizes_are_refused()
    {
        VideoFrame[] frames =
        [
            SyntheticFrames.Frame(0, 384, 224, new byte[384 * 224 * 3]),
            SyntheticFrames.Frame(1, 224, 224, new byte[224 * 224 * 3]),
        ];

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _predictor.PredictAsync(frames, CancellationToken.None));

        Assert.Contains("a batch holds one size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_size_that_is_not_a_multiple_of_32_is_refused()
    {
        VideoFrame[] frames = [SyntheticFrames.Frame(0, 100, 100, new byte[100 * 100 * 3])];

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _predictor.PredictAsync(frames, CancellationToken.None));

        Assert.Contains("multiples of 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_running()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        VideoFrame[] frames = [SyntheticFrames.Frame(0, 224, 224, new byte[224 * 224 * 3])];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _predictor.PredictAsync(frames, cts.Token));
    }
}
