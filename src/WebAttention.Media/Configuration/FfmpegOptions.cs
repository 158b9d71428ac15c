using System.ComponentModel.DataAnnotations;

namespace WebAttention.Media.Configuration;

/// <summary>Where ffmpeg lives and how long it may run. Bound from the <c>Media:Ffmpeg</c> section.</summary>
public sealed record FfmpegOptions : IValidatableObject
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Media:Ffmpeg";

    /// <summary>Folder holding the <c>ffmpeg</c> and <c>ffprobe</c> binaries.</summary>
    [Required]
    public string BinaryFolder { get; init; } = "/usr/bin";

    /// <summary>Longest a probe may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "10675199.02:48:05.4775807")]
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest a whole ffmpeg job (proxy, thumbnail, test clip) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "10675199.02:48:05.4775807")]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Longest the decoder waits for ffmpeg to deliver the next frame. Decoding has no overall limit
    /// because a slow consumer (the model) legitimately holds it back; a stalled ffmpeg does not.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "10675199.02:48:05.4775807")]
    public TimeSpan DecodeStallTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Frames buffered between ffmpeg and the consumer (bounded: memory stays flat).</summary>
    [Range(1, 1024)]
    public int DecodeBufferFrames { get; init; } = 8;

    /// <summary>Full path of the ffmpeg binary.</summary>
    public string FfmpegPath => Path.Combine(BinaryFolder, "ffmpeg");

    /// <summary>Full path of the ffprobe binary.</summary>
    public string FfprobePath => Path.Combine(BinaryFolder, "ffprobe");

    /// <inheritdoc />
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        // The binaries must be there: a missing ffmpeg would otherwise fail the first upload, not the start.
        if (string.IsNullOrWhiteSpace(BinaryFolder))
        {
            yield break;
        }

        if (!File.Exists(FfmpegPath))
        {
            yield return new ValidationResult($"ffmpeg was not found at {FfmpegPath}.");
        }

        if (!File.Exists(FfprobePath))
        {
            yield return new ValidationResult($"ffprobe was not found at {FfprobePath}.");
        }
    }
}
