using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Reframing.Export;

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

    /// <summary>The default export of <paramref name="aspect"/> for a <paramref name="source"/> frame (<see cref="ExportSize.Default"/>).</summary>
    public static ExportSettings Default(AspectRatio aspect, FrameSize source, string outputPath) =>
        Of(ExportSize.Default(source, aspect.Width, aspect.Height).Size, outputPath);

    /// <summary>An export <paramref name="height"/> pixels high, the width from <paramref name="aspect"/> (<see cref="ExportSize.AtHeight"/>).</summary>
    public static ExportSettings AtHeight(AspectRatio aspect, int height, string outputPath) =>
        Of(ExportSize.AtHeight(height, aspect.Width, aspect.Height), outputPath);

    /// <summary>Throws when the settings cannot be rendered.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputPath);
        if (ExportSize.Problem(new FrameSize(Width, Height)) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), $"{Width}x{Height}", problem);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Crf);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Crf, 51);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AudioKbps);
        if (Preset is not ("ultrafast" or "superfast" or "veryfast" or "faster" or "fast" or "medium" or "slow" or "slower" or "veryslow"))
        {
            throw new ArgumentException($"'{Preset}' is not an x264 preset.", nameof(Preset));
        }
    }

    private static ExportSettings Of(FrameSize size, string outputPath) =>
        new() { OutputPath = outputPath, Width = size.Width, Height = size.Height };
}
