using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Fusion;

public sealed class FaceTracksTests
{
    [Fact]
    public void Track_lists_every_analysed_frame_once_in_order_with_its_faces()
    {
        var faces = new[] { new FaceBox(10, 0.1, 0.2, 0.3, 0.4, 0.9), new FaceBox(10, 0.5, 0.5, 0.1, 0.1, 0.8), new FaceBox(99, 0, 0, 1, 1, 1) };

        var track = FaceTracks.Build("det", [10, 0, 5, 10], faces);

        Assert.Equal("det", track.Detector);
        Assert.Equal([0L, 5, 10], track.Frames.Select(f => f.Frame));
        Assert.Empty(track.Frames[0].Faces);
        Assert.Equal([new FaceView(0.1, 0.2, 0.3, 0.4, 0.9), new FaceView(0.5, 0.5, 0.1, 0.1, 0.8)], track.Frames[2].Faces);
    }

    [Fact]
    public void A_track_gives_back_its_faces_as_required_regions()
    {
        var faces = new[] { new FaceBox(3, 0.1, 0.2, 0.3, 0.4, 0.9) };

        Assert.Equal(faces, FaceTracks.ToFaceBoxes(FaceTracks.Build("det", [1, 3], faces)));
    }

    [Fact]
    public async Task Fused_predictor_records_analysed_frames_and_faces_for_the_track()
    {
        var source = new FrameSource(8, 6);
        var detector = new OneFaceOnEvenFrames();
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), detector, null, new FusionWeights(1, 0.5, 0));

        await fused.PredictAsync([source.Frame(0, 10), source.Frame(1, 10)], CancellationToken.None);
        await fused.PredictAsync([source.Frame(2, 10)], CancellationToken.None);
        var track = fused.FaceTrack();

        Assert.Equal([0L, 1, 2], fused.AnalysedFrames);
        Assert.Equal("one face", track.Detector);
        Assert.Equal([1, 0, 1], track.Frames.Select(f => f.Faces.Count));
    }

    [Fact]
    public async Task Without_a_detector_the_track_has_the_frames_and_no_detector_name()
    {
        var source = new FrameSource(8, 6);
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), null, null, new FusionWeights(1, 0.5, 0));

        await fused.PredictAsync([source.Frame(4, 10)], CancellationToken.None);

        var track = fused.FaceTrack();

        var frame = Assert.Single(track.Frames);
        Assert.Equal(4, frame.Frame);
        Assert.Empty(frame.Faces);
        Assert.Equal(string.Empty, track.Detector);
    }

    private sealed class OneFaceOnEvenFrames : IFaceDetector
    {
        public string Name => "one face";

        public Task<IReadOnlyList<FaceBox>> DetectAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FaceBox>>(frames.Where(f => f.Index % 2 == 0).Select(f => new FaceBox(f.Index, 0.25, 0.25, 0.5, 0.5, 1)).ToList());
    }
}
