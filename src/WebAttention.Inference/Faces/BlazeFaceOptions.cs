namespace WebAttention.Inference.Faces;

/// <summary>Settings of <see cref="BlazeFaceDetector"/>; defaults follow MediaPipe's face detection graph.</summary>
public sealed record BlazeFaceOptions
{
    /// <summary>The ONNX file; null = <see cref="BlazeFaceModelFile.Locate"/>'s search.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Lowest sigmoid score kept (MediaPipe uses 0.5; raised against false faces on patterns and textures).</summary>
    public double MinScore { get; init; } = 0.7;

    /// <summary>Faces smaller than this many pixels of the analysed frame (width or height) are dropped as unreliable.</summary>
    public double MinSidePixels { get; init; } = 10;

    /// <summary>Boxes overlapping by more than this IoU are merged by weighted suppression (MediaPipe: 0.3).</summary>
    public double SuppressionIoU { get; init; } = 0.3;

    /// <summary>Look at square tiles along the long side as well as the letterboxed frame.</summary>
    public bool Tiles { get; init; } = true;

    /// <summary>Why the settings are unusable, or null when fine.</summary>
    public string? Validate() =>
        MinScore is <= 0 or >= 1 || double.IsNaN(MinScore) ? $"{nameof(MinScore)} must be in (0, 1) (was {MinScore})."
        : SuppressionIoU is <= 0 or >= 1 || double.IsNaN(SuppressionIoU) ? $"{nameof(SuppressionIoU)} must be in (0, 1) (was {SuppressionIoU})."
        : !(MinSidePixels >= 0) ? $"{nameof(MinSidePixels)} must not be negative (was {MinSidePixels})."
        : null;
}
