using WebAttention.Core.Media;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Shots;

public class AdaptiveCutDetectorTests
{
    private readonly FrameSource _frames = new(8, 8);

    public static TheoryData<string> Distances => ["global", "grid"];

    private static long[] Cuts(AdaptiveCutDetector detector, IEnumerable<VideoFrame> frames) =>
        [.. frames.Where(detector.IsCut).Select(f => f.Index)];

    // The detector with the named distance function: the global colour histogram or the default grid + global one.
    private static AdaptiveCutDetector Detector(string distance, HistogramCutOptions? options = null)
    {
        var settings = options ?? new HistogramCutOptions();
        return distance == "grid" ? AdaptiveCutDetector.Create(settings) : new AdaptiveCutDetector(new ColorHistogramDistance(settings.BinsPerChannel), settings);
    }

    [Theory]
    [MemberData(nameof(Distances))]
    public void A_hard_cut_between_two_colours_is_found_once(string distance)
    {
        var frames = Enumerable.Range(0, 40).Select(i => i < 25 ? _frames.Frame(i, 200, 40, 40) : _frames.Frame(i, 30, 60, 210));

        Assert.Equal([25L], Cuts(Detector(distance), frames));
    }

    [Theory]
    [MemberData(nameof(Distances))]
    public void A_slow_fade_of_textured_content_is_not_a_cut(string distance)
    {
        var frames = Enumerable.Range(0, 120).Select(i => Gradient(i, brightness: i * 2));

        Assert.Empty(Cuts(Detector(distance), frames));
    }

    [Theory]
    [MemberData(nameof(Distances))]
    public void A_flash_shorter_than_the_minimum_shot_is_ignored_but_the_next_real_cut_is_found(string distance)
    {
        var frames = Enumerable.Range(0, 60).Select(i => i switch
        {
            < 20 => _frames.Frame(i, 200, 40, 40),
            < 22 => _frames.Frame(i, 255, 255, 255),
            < 40 => _frames.Frame(i, 200, 40, 40),
            _ => _frames.Frame(i, 30, 60, 210),
        });

        var cuts = Cuts(Detector(distance, new HistogramCutOptions { MinShotFrames = 8 }), frames);

        Assert.Equal([20L, 40L], cuts);
    }

    // A diagonal ramp (real frames have texture), lifted by brightness.
    private static VideoFrame Gradient(long index, int brightness)
    {
        var rgb = new byte[8 * 8 * 3];
        for (var p = 0; p < 64; p++)
        {
            var v = (byte)Math.Min(255, ((p % 8) * 14) + ((p / 8) * 3) + brightness);
            rgb[p * 3] = v;
            rgb[(p * 3) + 1] = v;
            rgb[(p * 3) + 2] = (byte)(v / 2);
        }

        return new VideoFrame(index, TimeSpan.Zero, new FrameSize(8, 8), rgb);
    }

    [Theory]
    [MemberData(nameof(Distances))]
    public void The_first_frame_is_never_a_cut(string distance)
    {
        Assert.False(Detector(distance).IsCut(_frames.Frame(0, 1)));
    }
}
