using WebAttention.Client.Studio;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Tests.Studio;

public class FaceTrackTests
{
    private static readonly FaceView Left = new(0.1, 0.2, 0.2, 0.3, 0.9);
    private static readonly FaceView Right = new(0.6, 0.2, 0.2, 0.3, 0.8);

    private static readonly FaceTrack Track = FaceTrack.From(new ClipFacesView("test@1",
    [
        new FrameFacesView(10, [Left, Right]),
        new FrameFacesView(0, [Left]),
        new FrameFacesView(20, []),
    ]));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 1)]
    [InlineData(10, 2)]
    [InlineData(19, 2)]
    [InlineData(20, 0)]
    [InlineData(500, 0)]
    public void A_frame_shows_the_faces_of_the_nearest_analysed_frame_at_or_before_it(long frame, int count)
    {
        Assert.Equal(count, Track.At(frame).Count);
    }

    [Fact]
    public void Before_the_first_analysed_frame_there_are_no_faces()
    {
        var late = FaceTrack.From(new ClipFacesView("test@1", [new FrameFacesView(8, [Left])]));

        Assert.Equal(-1, late.IndexAt(7));
        Assert.Empty(late.At(7));
        Assert.Same(Left, Assert.Single(late.At(8)));
    }

    [Fact]
    public void A_missing_or_empty_view_is_an_empty_track()
    {
        Assert.True(FaceTrack.From(null).IsEmpty);
        Assert.True(FaceTrack.From(new ClipFacesView("", [])).IsEmpty);
        Assert.True(FaceTrack.From(new ClipFacesView("d", [new FrameFacesView(0, [])])).IsEmpty);
        Assert.False(Track.IsEmpty);
    }

    [Fact]
    public void The_packed_form_lists_frames_in_order_with_box_ranges()
    {
        var packed = Track.Packed();

        Assert.Equal([0L, 10L, 20L], packed.Frames);
        Assert.Equal([0, 1, 3, 3], packed.Starts);
        Assert.Equal(12, packed.Boxes.Length);
        Assert.Equal([0.6, 0.2, 0.2, 0.3], packed.Boxes[8..12]);
    }
}
