using CsCheck;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Reframing.Tests.Properties;

/// <summary>A random clip: frame size, aspect, shots, a random-walk focus with optional faces, keyframes.</summary>
internal sealed record Scenario(FrameSize Source, AspectRatio Aspect, IReadOnlyList<Shot> Shots, IReadOnlyList<FrameFocus> Focus, IReadOnlyList<CropKeyframe> Keyframes, MotionPreset Preset)
{
    public static Gen<Scenario> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Int[32, 1920], CsCheck.Gen.Int[32, 1080], CsCheck.Gen.Int[1, 20], CsCheck.Gen.Int[1, 20], CsCheck.Gen.Int[4, 60], CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[0, int.MaxValue],
        (w, h, aw, ah, frames, preset, seed) => Build(new FrameSize(w, h), new AspectRatio(aw, ah), frames, (MotionPreset)preset, new Random(seed)));

    public ReframeRequest Request => new(Aspect) { Keyframes = Keyframes, Preset = Preset };

    private static Scenario Build(FrameSize source, AspectRatio aspect, int frames, MotionPreset preset, Random random)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 3)).Select(_ => (long)random.Next(1, frames));
        double x = random.NextDouble() * source.Width, y = random.NextDouble() * source.Height;
        var focus = new List<FrameFocus>();
        for (var t = 0; t < frames; t++)
        {
            x = Math.Clamp(x + ((random.NextDouble() - 0.5) * source.Width * 0.2), 0, source.Width);
            y = Math.Clamp(y + ((random.NextDouble() - 0.5) * source.Height * 0.2), 0, source.Height);
            PixelRect? face = random.Next(4) == 0
                ? new PixelRect(x * 0.9, y * 0.9, source.Width * random.NextDouble() * 0.5, source.Height * random.NextDouble() * 0.5).ClipTo(source.Width, source.Height)
                : null;
            focus.Add(new FrameFocus(t, x, y, random.NextDouble(), face));
        }

        var keyframes = Enumerable.Range(0, random.Next(0, 3))
            .Select(_ => new CropKeyframe(random.Next(0, frames), random.NextDouble() * source.Width, random.NextDouble() * source.Height))
            .DistinctBy(k => k.Frame)
            .ToList();
        return new Scenario(source, aspect, ShotSegmenter.FromCuts(cuts, frames), focus, keyframes, preset);
    }
}
