using WebAttention.Core.Media;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Media.Tests.Shots;

public sealed class ShotSegmenterOnClipTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_cut_between_two_similar_disc_shots_and_a_cut_to_colour_are_found_on_the_exact_frames()
    {
        var clip = new LavfiClipOptions
        {
            Size = new FrameSize(160, 90),
            FrameRate = 25,
            Shots = [new(LavfiPattern.MovingDisc, 2), new(LavfiPattern.MovingDisc, 2), new(LavfiPattern.SolidColor, 1, "blue")],
        };
        var path = _folder.File("similar.mp4");
        await LavfiClip.GenerateAsync(clip, path);

        var shots = await ShotSegmenter.DetectAsync(
            RealMedia.Decoder().DecodeAsync(path, new FrameSize(64, 36), CancellationToken.None), AdaptiveCutDetector.Create(), CancellationToken.None);

        Assert.Equal(clip.CutFrames, shots.Skip(1).Select(s => s.FirstFrame));
        Assert.Equal(clip.ExpectedFrameCount, shots.Sum(s => s.FrameCount));
        Assert.Equal(new Shot(1, 50, 50), shots[1]);
    }

    public void Dispose() => _folder.Dispose();
}
