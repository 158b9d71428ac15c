using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.TestClips;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Tests.Rendering;

/// <summary>Crop paths for generated clips, built directly from the known geometry.</summary>
internal static class DiscPaths
{
    /// <summary>A 9:16 path whose window centre follows the moving disc exactly; shots after <paramref name="paddedFrom"/> are padded full frames.</summary>
    public static CropPath Following(LavfiClipOptions clip, long paddedFrom = long.MaxValue, PaddingStyle padding = PaddingStyle.Blur)
    {
        var size = clip.Size;
        var frames = (int)clip.ExpectedFrameCount;
        var w = (int)Math.Round(size.Height * 9 / 16.0);
        var windows = new CropWindow[frames];
        for (var i = 0; i < frames; i++)
        {
            if (i >= paddedFrom)
            {
                windows[i] = new CropWindow(0, 0, size.Width, size.Height, true);
                continue;
            }

            var (cx, _) = LavfiClip.DiscCentre(size, i / clip.FrameRate, clip.Seconds);
            windows[i] = new CropWindow(Math.Clamp((int)Math.Round(cx - (w / 2.0)), 0, size.Width - w), 0, w, size.Height);
        }

        var shots = paddedFrom < frames
            ? new List<ShotPlan>
            {
                new(0, 0, paddedFrom, CameraMode.Track, w, size.Height, false),
                new(1, paddedFrom, frames - paddedFrom, CameraMode.Steady, size.Width, size.Height, true),
            }
            : [new ShotPlan(0, 0, frames, CameraMode.Track, w, size.Height, false)];
        return new CropPath
        {
            Aspect = AspectRatio.Portrait9x16,
            SourceWidth = size.Width,
            SourceHeight = size.Height,
            FrameRate = clip.FrameRate,
            Weights = PathWeights.For(MotionPreset.Default),
            Padding = padding,
            Shots = shots,
            Frames = windows,
            Focus = [.. windows.Select((win, i) => new FrameFocus(i, win.CenterX, win.CenterY, 1))],
        };
    }

    public static FrameSize Size(CropPath path) => new(path.SourceWidth, path.SourceHeight);
}
