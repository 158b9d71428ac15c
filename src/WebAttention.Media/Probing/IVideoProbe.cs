using WebAttention.Core.Media;

namespace WebAttention.Media.Probing;

/// <summary>Reads what a video file holds and whether this service accepts it.</summary>
public interface IVideoProbe
{
    /// <summary>
    /// Probes <paramref name="path"/> (by content, never by extension) and judges it against the
    /// configured limits. Unreadable, damaged or oversized files come back refused with a sentence
    /// for the user; this method does not throw for bad files.
    /// </summary>
    Task<ProbeVerdict> ProbeAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// The clip's facts, or a <see cref="Processes.MediaException"/> carrying the refusal sentence.
    /// </summary>
    Task<VideoInfo> GetVideoInfoAsync(string path, CancellationToken cancellationToken);
}
