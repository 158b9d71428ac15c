using WebAttention.Pipeline.Reframing.Model;

namespace WebAttention.Media.Reframing;

/// <summary>Where and how a reframed video is written (H.264 MP4 with faststart, AAC audio kept).</summary>
public sealed record ExportSettings
{
    /// <summary>Output MP4 path.</summary>
    public required string OutputPath { get; init; }

    /// <summary>Export width (even).</summary>
    public required int Width { get; init; }

    /// <summary>Export height (even).</summary>
    public required int Height { get; init; }

    /// <summary>x264 constant rate factor (0–51, lower is better). Default 20.</summary>
    public int Crf { get; init; } = 20;

    /// <summary>x264 preset. Default veryfast.</summary>
    public string Preset { get; init; } = "veryfast";

    /// <summary>AAC bitrate in kbit/s. Default 128.</summary>
    public int AudioKbps { get; init; } = 128;

    /// <summary>
    /// The platform size of an aspect: the long side <paramref name="longSide"/> (default 1920), the short
    /// side from the aspect, both even — 9:16 → 1080x1920, 1:1 → 1920x1920 (pass 1080 for 1080x1080),
    /// 4:5 → 1536x1920, 16:9 → 1920x1080.
    /// </summary>
    public static ExportSettings ForAspect(AspectRatio aspect, string outputPath, int longSide = 1920)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(longSide, 16);
        var portrait = aspect.Height >= aspect.Width;
        var shortSide = (int)Math.Round(longSide * (portrait ? aspect.Value : 1 / aspect.Value) / 2) * 2;
        shortSide = Math.Max(2, shortSide);
        return new ExportSettings
        {
            OutputPath = outputPath,
            Width = portrait ? shortSide : longSide,
            Height = portrait ? longSide : shortSide,
        };
    }

    /// <summary>Throws when the settings cannot be rendered.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputPath);
        if (Width < 2 || Height < 2 || Width % 2 != 0 || Height % 2 != 0 || Width > 8192 || Height > 8192)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), $"{Width}x{Height}", "Export size must be even and at most 8192.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Crf);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Crf, 51);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AudioKbps);
        if (Preset is not ("ultrafast" or "superfast" or "veryfast" or "faster" or "fast" or "medium" or "slow" or "slower" or "veryslow"))
        {
            throw new ArgumentException($"'{Preset}' is not an x264 preset.", nameof(Preset));
        }
    }
}
