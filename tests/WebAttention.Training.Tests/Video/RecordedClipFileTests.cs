using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;
using WebAttention.Training.Datasets;
using WebAttention.Training.Tests.Support;
using WebAttention.Training.Video;

namespace WebAttention.Training.Tests.Video;

public class RecordedClipFileTests
{
    [Fact]
    public void A_recorded_clip_reads_back_as_written()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.bin");
        var clip = new RecordedClip(
            "clip", 64, 48, 15, 3, 5, [2], [new VideoChannels(0, 2, 1, [0.5f, 1f], [], [0.25f, 0f], [1f, 0f]), new VideoChannels(2, 2, 1, [1f, 0f], [0f, 1f], [], [])],
            [new FaceBox(2, 0.1, 0.2, 0.3, 0.4, 0.9)]);

        RecordedClipFile.Write(path, clip);
        var read = RecordedClipFile.TryRead(path)!;

        Assert.Equal((clip.Name, clip.Width, clip.Height, clip.FrameRate, clip.FrameCount, clip.AnalysedPerSecond), (read.Name, read.Width, read.Height, read.FrameRate, read.FrameCount, read.AnalysedPerSecond));
        Assert.Equal(clip.Cuts, read.Cuts);
        Assert.Equal(clip.Faces, read.Faces);
        Assert.Equal(2, read.Channels.Count);
        Assert.Equal(clip.Channels[0].Motion, read.Channels[0].Motion);
        Assert.Empty(read.Channels[0].Face);
        Assert.Equal(clip.Channels[1].Face, read.Channels[1].Face);
        Assert.Null(RecordedClipFile.TryRead(folder.Combine("missing.bin")));
    }

    [Fact]
    public void Fit_samples_count_each_gaze_sample_on_the_nearest_analysed_frame_and_its_cell()
    {
        var clip = new RecordedClip("v", 40, 20, 15, 4, 5, [], [new VideoChannels(0, 4, 2, new float[8], [], [], []), new VideoChannels(3, 4, 2, new float[8], [], [], [])], []);
        var video = new GazeVideo("v", "v.mp4", [new GazeSample(0, 1, 5, 5), new GazeSample(1, 2, 35, 15), new GazeSample(2, 1, 35, 15), new GazeSample(3, 1, 100, 5)]);

        var samples = VideoModelFitter.Samples(video, clip, 0.3).ToList();

        Assert.Equal(2, samples.Count);
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 1], samples[0].Counts); // frame 1 is nearer frame 0; (35, 15) is cell (3, 1)
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1], samples[1].Counts); // frame 2 goes to frame 3; x = 100 is outside the frame
        Assert.Equal(WebAttention.Pipeline.Fusion.VideoChannelFusion.FeatureCount, samples[0].Features.Length);
    }
}
