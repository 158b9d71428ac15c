namespace WebAttention.Media.Probing;

/// <summary>What ffprobe says about a file: container and streams.</summary>
/// <param name="FormatName">Demuxer name(s), e.g. "mov,mp4,m4a,3gp,3g2,mj2".</param>
/// <param name="Duration">Container duration, when given.</param>
/// <param name="Streams">All streams in file order.</param>
public sealed record FfprobeReport(string FormatName, TimeSpan? Duration, IReadOnlyList<FfprobeStream> Streams);
