using Microsoft.Extensions.Options;

namespace WebAttention.Media.Configuration;

/// <summary>Checks <see cref="FfmpegOptions"/> at start-up: binaries present, limits positive.</summary>
public sealed class FfmpegOptionsValidator : IValidateOptions<FfmpegOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FfmpegOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Human-readable problems with <paramref name="options"/>; empty when valid.</summary>
    public static IEnumerable<string> Problems(FfmpegOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.BinaryFolder))
        {
            yield return "Media:Ffmpeg:BinaryFolder is empty; set it to the folder holding ffmpeg and ffprobe.";
        }
        else
        {
            if (!File.Exists(options.FfmpegPath))
            {
                yield return $"ffmpeg was not found at {options.FfmpegPath}.";
            }

            if (!File.Exists(options.FfprobePath))
            {
                yield return $"ffprobe was not found at {options.FfprobePath}.";
            }
        }

        if (options.ProbeTimeout <= TimeSpan.Zero)
        {
            yield return "Media:Ffmpeg:ProbeTimeout must be positive.";
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            yield return "Media:Ffmpeg:Timeout must be positive.";
        }

        if (options.DecodeStallTimeout <= TimeSpan.Zero)
        {
            yield return "Media:Ffmpeg:DecodeStallTimeout must be positive.";
        }

        if (options.DecodeBufferFrames is < 1 or > 1024)
        {
            yield return "Media:Ffmpeg:DecodeBufferFrames must be between 1 and 1024.";
        }
    }
}
