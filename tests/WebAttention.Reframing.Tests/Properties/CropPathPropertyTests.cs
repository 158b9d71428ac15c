using CsCheck;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.Properties;

public class CropPathPropertyTests
{
    private const long Iterations = 60;

    private static CropPath Solve(Scenario s) =>
        Glop.Solver.Solve(s.Source, 30, s.Shots, s.Focus, s.Request);

    [Fact]
    public void Windows_are_always_inside_the_frame_with_the_exact_aspect_unless_padded()
    {
        Scenario.Gen.Sample(s =>
        {
            var path = Solve(s);
            Assert.Equal(s.Focus.Count, path.FrameCount);
            foreach (var w in path.Frames)
            {
                Assert.True(w.IsInside(s.Source.Width, s.Source.Height), $"{w} leaves {s.Source}");
                if (!w.Padded)
                {
                    var exact = Math.Min(Math.Abs(w.Width - (w.Height * s.Aspect.Value)), Math.Abs(w.Height - (w.Width / s.Aspect.Value)));
                    Assert.True(exact <= 1 || w.Width == 1 || w.Height == 1, $"{w} is not {s.Aspect}");
                }
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void The_speed_limit_holds_within_shots_without_keyframes_or_required_regions()
    {
        Scenario.Gen.Select(s => s with { Keyframes = [], Focus = [.. s.Focus.Select(f => f with { Required = null })] }).Sample(s =>
        {
            var path = Solve(s);
            foreach (var shot in path.Shots)
            {
                var maxX = (path.Weights.MaxSpeed * s.Source.Width / 30) + 1;
                var maxY = (path.Weights.MaxSpeed * s.Source.Height / 30) + 1;
                for (var t = shot.FirstFrame + 1; t < shot.EndFrame; t++)
                {
                    var a = path.Frames[(int)t - 1];
                    var b = path.Frames[(int)t];
                    Assert.True(Math.Abs(b.CenterX - a.CenterX) <= maxX && Math.Abs(b.CenterY - a.CenterY) <= maxY, $"frame {t}: {a} → {b}");
                }
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Keyframes_are_kept_clamped_into_the_frame()
    {
        Scenario.Gen.Sample(s =>
        {
            var path = Solve(s);
            foreach (var k in s.Keyframes)
            {
                var w = path.Frames[(int)k.Frame];
                var cx = Math.Clamp(k.CenterX, w.Width / 2.0, s.Source.Width - (w.Width / 2.0));
                var cy = Math.Clamp(k.CenterY, w.Height / 2.0, s.Source.Height - (w.Height / 2.0));
                Assert.InRange(w.CenterX, cx - 1, cx + 1);
                Assert.InRange(w.CenterY, cy - 1, cy + 1);
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Re_solving_after_an_edit_keeps_every_frame_outside_the_edited_span()
    {
        Scenario.Gen.Sample(s =>
        {
            var path = Solve(s);
            var frame = s.Focus.Count / 2;
            var keys = s.Keyframes.Where(k => k.Frame != frame).Append(new CropKeyframe(frame, s.Source.Width / 3.0, s.Source.Height / 2.0)).ToList();
            var (start, end) = WebAttention.Reframing.Solving.CropPathSolver.SpanOf(path, frame, keys.Select(k => k.Frame));

            var edited = Glop.Solver.ResolveSpan(path, keys);

            for (var t = 0; t < path.FrameCount; t++)
            {
                if (t < start || t > end)
                {
                    Assert.Equal(path.Frames[t], edited.Frames[t]);
                }
            }
        }, iter: Iterations, threads: 1);
    }
}
