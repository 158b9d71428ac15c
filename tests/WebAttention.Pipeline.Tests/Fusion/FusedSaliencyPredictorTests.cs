using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Fusion;

public class FusedSaliencyPredictorTests
{
    private static readonly FrameSize Size = new(4, 4);

    [Fact]
    public async Task Faces_raise_attention_where_they_are_and_are_kept_for_the_face_track()
    {
        var detector = new FakeFaces(frame => [new FaceBox(frame, 0.5, 0.5, 0.5, 0.5, 1)]); // bottom-right quarter
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), detector, null, new FusionWeights(Math.Log(10), 0.5, 0));

        var maps = await fused.PredictAsync([Uniform(0), Uniform(1)], CancellationToken.None);

        Assert.Equal([0L, 1L], maps.Select(m => m.FrameIndex));
        var map = maps[0];
        Assert.Equal(1f, map[3, 3], 4);                 // inside the face, the peak
        Assert.True(map[0, 0] < 0.2f, $"{map[0, 0]}"); // far from it, a tenth of the face's odds or less
        Assert.Equal([0L, 1L], fused.Faces.Select(f => f.Frame));
        Assert.Equal("brightness@1+faces", fused.ModelName);
    }

    [Fact]
    public async Task Motion_is_measured_against_the_two_analysed_frames_before_across_batches()
    {
        var motion = new FakeMotion();
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), null, motion, new FusionWeights(0, 0.5, Math.Log(3)));

        var first = await fused.PredictAsync([Uniform(0), Uniform(5)], CancellationToken.None);
        var second = await fused.PredictAsync([Uniform(10)], CancellationToken.None);

        Assert.Equal([(null, 0L, 5L), (0L, 5L, 10L)], motion.Calls);
        Assert.Equal(FakeMotion.Camera, motion.Histories[1].PreviousCamera); // the camera 0 → 5 the first call reported
        Assert.All(first[0].Values, v => Assert.Equal(100f, v)); // no previous frame: the model's map as it is
        Assert.Equal(1f, second[0][0, 0]);                       // the moving cell
        Assert.Equal(1f / 3, second[0][1, 1], 4);
        Assert.Equal("brightness@1+motion", fused.ModelName);
    }

    [Fact]
    public async Task Resetting_motion_forgets_both_earlier_frames()
    {
        var motion = new FakeMotion();
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), null, motion, new FusionWeights(0, 0.5, Math.Log(3)));

        await fused.PredictAsync([Uniform(0), Uniform(5), Uniform(10)], CancellationToken.None);
        fused.ResetMotion();
        var afterCut = await fused.PredictAsync([Uniform(15), Uniform(20), Uniform(25)], CancellationToken.None);

        Assert.Equal([(null, 0L, 5L), (0L, 5L, 10L), (null, 15L, 20L), (15L, 20L, 25L)], motion.Calls);
        Assert.All(afterCut[0].Values, v => Assert.Equal(100f, v)); // the shot's first frame: no motion
    }

    [Fact]
    public async Task Context_frames_of_clip_models_are_passed_to_the_model_but_not_searched_again()
    {
        var model = new BrightnessPredictor(temporalWindow: 2);
        var detector = new FakeFaces(_ => []);
        var fused = new FusedSaliencyPredictor(model, detector, null, new FusionWeights(1, 0.5, 0));

        await fused.PredictAsync([Uniform(0), Uniform(1)], CancellationToken.None);
        var maps = await fused.PredictAsync([Uniform(1), Uniform(2)], CancellationToken.None);

        Assert.Equal(2, fused.TemporalWindow);
        Assert.Equal([1L, 2L], model.Calls[1]);
        Assert.Equal([[0L, 1L], [2L]], detector.Calls);
        Assert.Equal([1L, 2L], maps.Select(m => m.FrameIndex));
    }

    [Fact]
    public void Invalid_weights_are_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new FusedSaliencyPredictor(new BrightnessPredictor(), null, null, new FusionWeights(-1, 0.5, 0)));
        Assert.Contains("Face", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Video_mode_records_every_channel_and_fuses_them_with_the_video_weights()
    {
        var detector = new FakeFaces(frame => [new FaceBox(frame, 0.5, 0.5, 0.5, 0.5, 1)]);
        var seen = new List<VideoChannels>();
        var video = new VideoFusionWeights(1, Math.Log(10), 0.5, 0, 0, 0, 0.25, 0.3);
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), detector, new FakeMotion(), FusionWeights.ModelOnly, video) { ChannelsObserved = seen.Add };

        var maps = await fused.PredictAsync([Uniform(0), Uniform(5)], CancellationToken.None);

        Assert.Equal([0L, 5L], seen.Select(c => c.Frame));
        Assert.All(seen, c => Assert.Equal(16, c.Static.Length)); // the static overlay is computed for every analysed frame
        Assert.Empty(seen[0].Motion);                             // no earlier frame for motion
        Assert.NotEmpty(seen[1].Motion);
        Assert.Equal(1f, maps[0][3, 3], 4);                       // the face weight of the video weights applies
        Assert.True(maps[0][0, 0] < 0.2f, $"{maps[0][0, 0]}");
        Assert.EndsWith("+video", fused.ModelName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_face_stride_of_two_every_other_analysed_frame_is_searched_and_the_frames_between_keep_its_faces()
    {
        var detector = new FakeFaces(frame => [new FaceBox(frame, 0.5, 0.5, 0.5, 0.5, 1)]);
        var fused = new FusedSaliencyPredictor(new BrightnessPredictor(), detector, null, new FusionWeights(Math.Log(10), 0.5, 0)) { FaceStride = 2 };

        var maps = await fused.PredictAsync([Uniform(0), Uniform(1), Uniform(2)], CancellationToken.None);
        await fused.PredictAsync([Uniform(3), Uniform(4)], CancellationToken.None);
        fused.ResetMotion(); // a cut: the first frame of the new shot is searched
        await fused.PredictAsync([Uniform(5)], CancellationToken.None);

        Assert.Equal([[0L, 2L], [4L], [5L]], detector.Calls);
        Assert.Equal([0L, 1L, 2L, 3L, 4L, 5L], fused.Faces.Select(f => f.Frame));
        Assert.Equal(1f, maps[1][3, 3], 4);                 // frame 1 keeps frame 0's face
        Assert.True(maps[1][0, 0] < 0.2f, $"{maps[1][0, 0]}");
    }

    [Fact]
    public async Task Once_a_frame_sizes_grid_is_known_motion_and_the_overlay_run_while_the_model_is_still_working()
    {
        var motionStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new WaitingPredictor(new BrightnessPredictor(), motionStarted.Task);
        var motion = new SignallingMotion(motionStarted);
        var video = new VideoFusionWeights(1, 0, 0.5, Math.Log(3), 0, 0, 0.25, 0.3);
        var fused = new FusedSaliencyPredictor(model, null, motion, FusionWeights.ModelOnly, video);

        await fused.PredictAsync([Uniform(0)], CancellationToken.None); // the grid of this size is learnt from the model's map
        Assert.False(fused.LastTimings!.ChannelsBesideInference);
        var maps = await fused.PredictAsync([Uniform(1)], CancellationToken.None);

        Assert.True(model.SawMotionWhileRunning, "motion waited for the model");
        Assert.True(fused.LastTimings!.ChannelsBesideInference);
        Assert.Equal(1f, maps[0][0, 0], 4); // the motion map (peak at cell 0) is fused as before
    }

    [Fact]
    public void A_face_stride_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FusedSaliencyPredictor(new BrightnessPredictor(), null, null, FusionWeights.ModelOnly) { FaceStride = 0 });

    private static VideoFrame Uniform(long index)
    {
        var rgb = new byte[Size.Area * 3];
        for (var i = 0; i < rgb.Length; i += 3)
        {
            rgb[i] = 100;
        }

        return new VideoFrame(index, TimeSpan.FromSeconds(index / 25.0), Size, rgb);
    }

    private sealed class FakeFaces(Func<long, IReadOnlyList<FaceBox>> facesOf) : IFaceDetector
    {
        public List<long[]> Calls { get; } = [];

        public string Name => "fake-faces";

        public Task<IReadOnlyList<FaceBox>> DetectAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken)
        {
            Calls.Add([.. frames.Select(f => f.Index)]);
            IReadOnlyList<FaceBox> faces = [.. frames.SelectMany(f => facesOf(f.Index))];
            return Task.FromResult(faces);
        }
    }

    /// <summary>Motion only in the top-left cell; records the frames it was asked about.</summary>
    // The model that, from its second call on, waits (at most 10 s) for motion to start before it answers.
    private sealed class WaitingPredictor(BrightnessPredictor inner, Task motionStarted) : WebAttention.Pipeline.Abstractions.ISaliencyPredictor
    {
        private int _calls;

        public bool SawMotionWhileRunning { get; private set; }

        public string ModelName => inner.ModelName;

        public string Device => inner.Device;

        public int TemporalWindow => inner.TemporalWindow;

        public FrameSize InputSizeFor(FrameSize source) => inner.InputSizeFor(source);

        public async Task<IReadOnlyList<WebAttention.Core.Saliency.SaliencyMap>> PredictAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken)
        {
            if (++_calls > 1)
            {
                await Task.WhenAny(motionStarted, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
                SawMotionWhileRunning = motionStarted.IsCompleted;
            }

            return await inner.PredictAsync(frames, cancellationToken);
        }
    }

    private sealed class SignallingMotion(TaskCompletionSource started) : IMotionEstimator
    {
        public MotionAnalysis Analyse(MotionHistory history, VideoFrame current, FrameSize grid)
        {
            started.TrySetResult();
            var map = new float[grid.Area];
            map[0] = 1;
            return new MotionAnalysis(MotionVerdict.Moving, CameraMotion.Identity, 1, 10, 8, map);
        }
    }

    private sealed class FakeMotion : IMotionEstimator
    {
        public static readonly CameraMotion Camera = new(1, 0, 2, -1);

        public List<(long? BeforePrevious, long Previous, long Current)> Calls { get; } = [];

        public List<MotionHistory> Histories { get; } = [];

        public MotionAnalysis Analyse(MotionHistory history, VideoFrame current, FrameSize grid)
        {
            Calls.Add((history.BeforePrevious?.Index, history.Previous.Index, current.Index));
            Histories.Add(history);
            var map = new float[grid.Area];
            map[0] = 1;
            return new MotionAnalysis(MotionVerdict.Moving, Camera, 1, 10, 8, map);
        }
    }
}
