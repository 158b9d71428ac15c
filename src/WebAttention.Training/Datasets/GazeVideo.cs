namespace WebAttention.Training.Datasets;

/// <summary>One gaze sample: zero-based frame, the viewer, and the zero-based pixel (x column, y row) of the video frame.</summary>
public readonly record struct GazeSample(int Frame, int Subject, double X, double Y);

/// <summary>A video with its viewers' gaze (one folder of the ASCMN layout).</summary>
/// <param name="Name">Folder name (e.g. video18).</param>
/// <param name="VideoPath">The video file.</param>
/// <param name="Gaze">Every gaze sample, zero-based.</param>
public sealed record GazeVideo(string Name, string VideoPath, IReadOnlyList<GazeSample> Gaze)
{
    /// <summary>The samples of each frame.</summary>
    public ILookup<int, GazeSample> ByFrame { get; } = Gaze.ToLookup(g => g.Frame);
}
