using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Tests.Rendering;

/// <summary>9:16 crop paths whose window size changes every frame (a keyframe zoom ramp), built from known geometry.</summary>
internal static class ZoomPaths
{
    /// <summary>
    /// Zoom 1 → <paramref name="zoomTo"/> over the frames before <paramref name="paddedFrom"/> while the centre moves from
    /// 30 % to 70 % of the width (and 50 % → 40 % of the height); from <paramref name="paddedFrom"/> on, padded full frames.
    /// </summary>
    public static CropPath Ramp(int sourceWidth, int sourceHeight, int frames, double frameRate, double zoomTo, int paddedFrom = int.MaxValue, PaddingStyle padding = PaddingStyle.Blur)
    {
        var w0 = (int)Math.Round(sourceHeight * 9 / 16.0);
        var ramp = Math.Min(frames, paddedFrom);
        var windows = new CropWindow[frames];
        for (var i = 0; i < frames; i++)
        {
            if (i >= paddedFrom)
            {
                windows[i] = new CropWindow(0, 0, sourceWidth, sourceHeight, true);
                continue;
            }

            var t = ramp > 1 ? i / (double)(ramp - 1) : 0;
            var zoom = 1 + ((zoomTo - 1) * t);
            var w = (int)Math.Round(w0 / zoom);
            var h = (int)Math.Round(sourceHeight / zoom);
            var cx = sourceWidth * (0.3 + (0.4 * t));
            var cy = sourceHeight * (0.5 - (0.1 * t));
            windows[i] = new CropWindow(
                Math.Clamp((int)Math.Round(cx - (w / 2.0)), 0, sourceWidth - w),
                Math.Clamp((int)Math.Round(cy - (h / 2.0)), 0, sourceHeight - h),
                w,
                h);
        }

        var shots = paddedFrom < frames
            ? new List<ShotPlan>
            {
                new(0, 0, paddedFrom, CameraMode.Track, w0, sourceHeight, false),
                new(1, paddedFrom, frames - paddedFrom, CameraMode.Steady, sourceWidth, sourceHeight, true),
            }
            : [new ShotPlan(0, 0, frames, CameraMode.Track, w0, sourceHeight, false)];
        return new CropPath
        {
            Aspect = AspectRatio.Portrait9x16,
            SourceWidth = sourceWidth,
            SourceHeight = sourceHeight,
            FrameRate = frameRate,
            Weights = PathWeights.For(MotionPreset.Default),
            Padding = padding,
            Shots = shots,
            Frames = windows,
            Focus = [.. windows.Select((win, i) => new FrameFocus(i, win.CenterX, win.CenterY, 1))],
        };
    }
}
