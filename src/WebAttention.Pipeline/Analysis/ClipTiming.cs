using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Analysis;

/// <summary>What the pipeline needs to know about a clip's timing.</summary>
/// <param name="FrameRate">Frames per second of the clip (drives <see cref="AnalysisOptions.TargetFramesPerSecond"/>).</param>
/// <param name="FrameCount">Frames in the clip, for progress; 0 when unknown.</param>
public readonly record struct ClipTiming(double FrameRate, long FrameCount)
{
    /// <summary>Timing of a probed clip.</summary>
    public static ClipTiming From(VideoInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new ClipTiming(info.FrameRate, info.FrameCount);
    }
}
