using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;
using WebAttention.Reframing;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;
using WebAttention.Pipeline.Shots;
using WebAttention.Training.Datasets;

namespace WebAttention.Training.Video;

/// <summary>Gaze share, jerk and saliency share of one window sequence.</summary>
/// <param name="GazeShare">Share of gaze samples inside the windows.</param>
/// <param name="Jerk">Mean |third difference| of the window centre (px/frame³).</param>
/// <param name="SaliencyShare">Share of the maps' mass inside the windows.</param>
public sealed record GazePathQuality(double GazeShare, double Jerk, double SaliencyShare);

/// <summary>One video of <c>bench-reframe --gaze</c>.</summary>
public sealed record GazeReframeRow(
    string Video, long Frames, int GazeSamples, GazePathQuality Today, GazePathQuality VideoModel, GazePathQuality CentreCrop, GazePathQuality Oracle)
{
    /// <summary>Our (video model) gaze share ÷ the oracle's.</summary>
    public double OursOverOracle => VideoModel.GazeShare / Oracle.GazeShare;
}

/// <summary>Solves a clip's crop path from recorded channels the way the server does (focus track from maps and faces, shots, solver) and measures it against gaze. Pure apart from the solver.</summary>
public static class GazeReframe
{
    /// <summary>The solved path of <paramref name="clip"/> for <paramref name="maps"/> (one a frame).</summary>
    public static CropPath Solve(Reframer reframer, RecordedClip clip, IReadOnlyList<SaliencyMap> maps, ReframeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reframer);
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(request);
        var source = new FrameSize(clip.Width, clip.Height);
        var shots = ShotSegmenter.FromCuts(clip.Cuts, clip.FrameCount);
        var focus = FocusTracker.FromMaps(maps, clip.Faces, source, request.Focus, cancellationToken);
        return reframer.Reframe(focus, shots, source, clip.FrameRate, request, cancellationToken);
    }

    /// <summary>The gaze samples of a video as <see cref="GazePoint"/>s.</summary>
    public static IReadOnlyList<GazePoint> Points(GazeVideo video)
    {
        ArgumentNullException.ThrowIfNull(video);
        return [.. video.Gaze.Select(g => new GazePoint(g.Frame, g.X, g.Y))];
    }

    /// <summary>Measures <paramref name="windows"/> (with <paramref name="path"/>'s shots) on gaze and on <paramref name="maps"/>.</summary>
    public static GazePathQuality Measure(CropPath path, IReadOnlyList<CropWindow> windows, IReadOnlyList<GazePoint> gaze, IReadOnlyList<SaliencyMap> maps)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(
            GazeShare.Share(windows, gaze),
            ReframeBenchmark.Jerk(windows, path.Shots),
            ReframeBenchmark.Measure(path, windows, maps).SaliencyShare);
    }
}
