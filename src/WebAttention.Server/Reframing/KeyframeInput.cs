using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Server.Reframing;

/// <summary>Checks a keyframe edit against its path before anything is solved.</summary>
public static class KeyframeInput
{
    /// <summary>Most manual keyframes a path may have.</summary>
    public const int MaxKeyframes = 10_000;

    /// <summary>Largest keyframe zoom (a quarter of the largest window's width).</summary>
    public const double MaxZoom = 4;

    /// <summary>Null when the edit is usable; otherwise what is wrong. Only Manual keyframes count (automatic ones are the solver's).</summary>
    public static string? Check(IReadOnlyList<CropKeyframeView> keyframes, CropPath path)
    {
        ArgumentNullException.ThrowIfNull(keyframes);
        ArgumentNullException.ThrowIfNull(path);
        var manual = keyframes.Where(k => k is not null && k.Manual).ToList();
        if (manual.Count > MaxKeyframes)
        {
            return $"A path holds at most {MaxKeyframes} keyframes.";
        }
        if (keyframes.Any(k => k is null))
        {
            return "A keyframe is empty.";
        }
        var frames = new HashSet<long>();
        foreach (var k in manual)
        {
            if (k.Frame < 0 || k.Frame >= path.FrameCount)
            {
                return $"Keyframe frame {k.Frame} is outside the clip (0 to {path.FrameCount - 1}).";
            }
            if (!double.IsFinite(k.CenterX) || !double.IsFinite(k.CenterY) || k.CenterX < 0 || k.CenterY < 0 || k.CenterX > path.SourceWidth || k.CenterY > path.SourceHeight)
            {
                return $"The keyframe at frame {k.Frame} has its centre outside the {path.SourceWidth}x{path.SourceHeight} frame.";
            }
            if (!double.IsFinite(k.Zoom) || k.Zoom < 1 || k.Zoom > MaxZoom)
            {
                return $"The keyframe at frame {k.Frame} has zoom {k.Zoom}; use 1 (the largest window) to {MaxZoom}.";
            }
            if (!frames.Add(k.Frame))
            {
                return $"Frame {k.Frame} has two keyframes.";
            }
        }
        return null;
    }
}
