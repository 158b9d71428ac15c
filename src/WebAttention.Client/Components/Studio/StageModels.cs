using WebAttention.Client.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Components.Studio;

/// <summary>A drop of the crop box: the frame it was dragged on and the screen offset within the video element.</summary>
/// <param name="Frame">The frame shown when the drag began.</param>
/// <param name="Dx">Horizontal offset in CSS pixels.</param>
/// <param name="Dy">Vertical offset in CSS pixels.</param>
/// <param name="ElementWidth">Width of the video element.</param>
/// <param name="ElementHeight">Height of the video element.</param>
public sealed record CropDrag(long Frame, double Dx, double Dy, double ElementWidth, double ElementHeight);

/// <summary>A drop of one of the crop box's corner handles: the frame and the corner's screen offset within the video element.</summary>
/// <param name="Frame">The frame shown when the resize began.</param>
/// <param name="Corner">The corner dragged.</param>
/// <param name="Dx">Horizontal offset of the corner in CSS pixels.</param>
/// <param name="Dy">Vertical offset of the corner in CSS pixels.</param>
/// <param name="ElementWidth">Width of the video element.</param>
/// <param name="ElementHeight">Height of the video element.</param>
public sealed record CropResize(long Frame, CropCorner Corner, double Dx, double Dy, double ElementWidth, double ElementHeight);

/// <summary>A manual keyframe dragged along a lane.</summary>
/// <param name="Aspect">The lane's aspect.</param>
/// <param name="From">Its frame before.</param>
/// <param name="To">Its new frame.</param>
public sealed record KeyframeMove(string Aspect, long From, long To);

/// <summary>What the stage's JS module draws: frame windows packed as x, y, w, h.</summary>
/// <param name="Frames">Four integers per frame.</param>
/// <param name="SourceWidth">Source width in pixels.</param>
/// <param name="SourceHeight">Source height in pixels.</param>
/// <param name="FrameRate">Frames per second.</param>
public sealed record StagePath(int[] Frames, int SourceWidth, int SourceHeight, double FrameRate)
{
    /// <summary>The packed form of <paramref name="path"/>.</summary>
    public static StagePath From(CropPathView path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var frames = new int[path.Frames.Count * 4];
        for (var i = 0; i < path.Frames.Count; i++)
        {
            var f = path.Frames[i];
            (frames[i * 4], frames[i * 4 + 1], frames[i * 4 + 2], frames[i * 4 + 3]) = (f.X, f.Y, f.W, f.H);
        }
        return new StagePath(frames, path.SourceWidth, path.SourceHeight, path.FrameRate);
    }
}
