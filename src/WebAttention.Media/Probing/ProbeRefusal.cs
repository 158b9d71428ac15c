namespace WebAttention.Media.Probing;

/// <summary>Why a file was refused.</summary>
public enum ProbeRefusal
{
    /// <summary>Accepted: nothing wrong.</summary>
    None = 0,

    /// <summary>The file does not exist.</summary>
    Missing,

    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>ffmpeg does not recognise it as audio/video at all (text, random bytes, documents).</summary>
    NotVideo,

    /// <summary>A media file without a picture stream (audio only).</summary>
    NoVideoStream,

    /// <summary>A single picture (PNG, JPEG, ...), not a moving image.</summary>
    StillImage,

    /// <summary>Looks like a video but is damaged or cut off.</summary>
    Corrupt,

    /// <summary>More bytes than <see cref="Configuration.MediaLimits.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>Longer than <see cref="Configuration.MediaLimits.MaxDuration"/>.</summary>
    TooLong,

    /// <summary>Frame bigger than the width/height limits.</summary>
    ResolutionTooHigh,

    /// <summary>Faster than <see cref="Configuration.MediaLimits.MaxFrameRate"/>.</summary>
    FrameRateTooHigh,
}
