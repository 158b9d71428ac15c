using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Tests.Support;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Reframing.Tests;

public class ReframerTests
{
    [Fact]
    public void Maps_with_a_moving_blob_give_windows_that_contain_it_for_every_aspect()
    {
        var maps = Enumerable.Range(0, 40).Select(i => ReframingFrames.Blob(i, 64, 36, 8 + i, 18)).ToList();
        var focus = WebAttention.Reframing.Focus.FocusTracker.FromMaps(maps, null, new FrameSize(1920, 1080), new FocusOptions());
        var reframer = new Reframer(new ReframingFrames.GreedyAxisSolver());

        var paths = new[] { AspectRatio.Portrait9x16, AspectRatio.Square, AspectRatio.Portrait4x5 }
            .Select(aspect => reframer.Reframe(focus, ShotSegmenter.FromCuts([], 40), new FrameSize(1920, 1080), 25, new ReframeRequest(aspect)));

        foreach (var path in paths)
        {
            for (var i = 0; i < 40; i++)
            {
                var blobX = (8 + i) * 30.0;
                Assert.InRange(blobX, path.Frames[i].X, path.Frames[i].Right);
            }
        }
    }

    [Fact]
    public void A_steady_shot_needs_no_solver_call_and_holds_one_position()
    {
        var maps = Enumerable.Range(0, 30).Select(i => ReframingFrames.Blob(i, 64, 36, 40 + (i % 2), 18)).ToList();
        var solver = new ReframingFrames.GreedyAxisSolver();

        var path = new Reframer(solver).Reframe(maps, ShotSegmenter.FromCuts([], 30), null, new FrameSize(1920, 1080), 30, new ReframeRequest(AspectRatio.Portrait9x16));

        Assert.Equal(CameraMode.Steady, path.Shots[0].Mode);
        Assert.Single(path.Frames.Select(w => w.X).Distinct());
        Assert.Equal(0, solver.Calls);
    }
}
