namespace WebAttention.Media.Configuration;

/// <summary>Where ffmpeg lives and how long it may run. Bound from the <c>Media:Ffmpeg</c> section.</summary>
public sealed record FfmpegOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Media:Ffmpeg";

    /// <summary>Folder holding the <c>ffmpeg</c> and <c>ffprobe</c> binaries.</summary>
    public string BinaryFolder { get; init; } = "/usr/bin";

    /// <summary>Longest a probe may take.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest a whole ffmpeg job (proxy, thumbnail, test clip) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Longest the decoder waits for ffmpeg to deliver the next frame. Decoding has no overall limit
    /// because a slow consumer (the model) legitimately holds it back; a stalled ffmpeg does not.
    /// </summary>
    public TimeSpan DecodeStallTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Frames buffered between ffmpeg and the consumer (bounded: memory stays flat).</summary>
    public int DecodeBufferFrames { get; init; } = 8;

    /// <summary>Full path of the ffmpeg binary.</summary>
    public string FfmpegPath => Path.Combine(BinaryFolder, "ffmpeg");

    /// <summary>Full path of the ffprobe binary.</summary>
    public string FfprobePath => Path.Combine(BinaryFolder, "ffprobe");
}
