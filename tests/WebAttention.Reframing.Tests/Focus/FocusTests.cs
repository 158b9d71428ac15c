using WebAttention.Core.Media;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.Focus;

public class FocusTests
{
    private static readonly FrameSize Hd = new(1920, 1080);

    [Fact]
    public void A_single_blob_gives_its_centre_as_centroid_and_peak_with_high_confidence()
    {
        var map = ReframingFrames.Blob(0, 64, 36, 48, 9);

        var focus = SaliencyFocus.Compute(map.Values, 64, 36, 0.5);

        Assert.Equal(0.75, focus.CentroidX, 2);
        Assert.Equal(0.25, focus.CentroidY, 2);
        Assert.InRange(focus.PeakX, 0.74, 0.76);
        Assert.True(focus.Confidence > 0.9);
    }

    [Fact]
    public void A_flat_or_empty_map_has_no_confidence_and_points_at_the_centre()
    {
        Assert.Equal(SalientFocus.Flat, SaliencyFocus.Compute(new float[16], 4, 4, 0.5));
        Assert.Equal(0, SaliencyFocus.Compute(Enumerable.Repeat(1f, 16).ToArray(), 4, 4, 0.5).Confidence);
    }

    [Fact]
    public void Byte_maps_reduce_like_float_maps()
    {
        var map = ReframingFrames.Blob(0, 16, 8, 4, 4);
        var bytes = map.Values.Select(v => (byte)Math.Round(v * 255)).ToArray();

        Assert.Equal(SaliencyFocus.Compute(map.Values, 16, 8, 0.5).CentroidX, SaliencyFocus.Compute(bytes, 16, 8, 0.5).CentroidX, 2);
    }

    [Fact]
    public void A_confident_face_outweighs_the_saliency_and_becomes_a_required_region()
    {
        var salient = new SalientFocus(0.25, 0.5, 0.25, 0.5, 1);
        var face = new FaceBox(3, 0.7, 0.3, 0.1, 0.2, 0.9);

        var focus = FocusFusion.Fuse(3, salient, [face], Hd, new FocusOptions());

        // (1×480 + 0.5×480 + 3×0.9×1440) / (1 + 0.5 + 2.7) = 1097
        Assert.Equal(1097.14, focus.X, 1);
        Assert.Equal(1, focus.Weight);
        Assert.NotNull(focus.Required);
        Assert.True(focus.Required!.Value.X < 0.7 * 1920 && focus.Required.Value.Right > 0.8 * 1920);
    }

    [Fact]
    public void Weak_faces_and_faces_of_other_frames_are_ignored()
    {
        var salient = new SalientFocus(0.25, 0.5, 0.25, 0.5, 1);

        var focus = FocusFusion.Fuse(3, salient, [new FaceBox(3, 0.7, 0.3, 0.1, 0.2, 0.1), new FaceBox(4, 0.7, 0.3, 0.1, 0.2, 0.9)], Hd, new FocusOptions());

        Assert.Equal(480, focus.X, 6);
        Assert.Null(focus.Required);
    }

    [Fact]
    public void The_track_has_one_focus_per_map()
    {
        var maps = Enumerable.Range(0, 5).Select(i => ReframingFrames.Blob(i, 32, 18, 4 + (5 * i), 9)).ToList();

        var track = FocusTracker.FromMaps(maps, null, Hd, new FocusOptions());

        Assert.Equal(5, track.Count);
        Assert.True(track.Zip(track.Skip(1)).All(p => p.Second.X > p.First.X));
    }
}
