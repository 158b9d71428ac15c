using WebAttention.Core.Media;

namespace WebAttention.Server.Uploads;

/// <summary>Decides whether a finished upload is a video we accept, by probing it (never by its name).</summary>
public interface IClipVerifier
{
    /// <summary>The clip's facts, or a message for the user saying why it is refused.</summary>
    Task<(VideoInfo? Info, string? Error)> VerifyAsync(string path, CancellationToken cancellationToken);
}
