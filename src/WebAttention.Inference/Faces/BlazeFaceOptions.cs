using System.ComponentModel.DataAnnotations;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Inference.Faces;

/// <summary>Settings of <see cref="BlazeFaceDetector"/>; defaults follow MediaPipe's face detection graph.</summary>
public sealed record BlazeFaceOptions
{
    /// <summary>The configuration section the server binds (<c>Inference:Faces</c>).</summary>
    public const string SectionName = "Inference:Faces";

    /// <summary>The ONNX file; null = <see cref="BlazeFaceModelFile.Locate"/>'s search.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Lowest sigmoid score kept (MediaPipe uses 0.5; raised against false faces on patterns and textures).</summary>
    [Range(0d, 1d, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double MinScore { get; init; } = 0.7;

    /// <summary>Faces smaller than this many pixels of the analysed frame (width or height) are dropped as unreliable.</summary>
    [Range(0, double.MaxValue)]
    public double MinSidePixels { get; init; } = 10;

    /// <summary>Boxes overlapping by more than this IoU are merged by weighted suppression (MediaPipe: 0.3).</summary>
    [Range(0d, 1d, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double SuppressionIoU { get; init; } = 0.3;

    /// <summary>Look at square tiles along the long side as well as the letterboxed frame.</summary>
    public bool Tiles { get; init; } = true;

    /// <summary>Why the settings are unusable, or null when fine.</summary>
    public string? Validate() => OptionsProblems.Of(new BlazeFaceOptionsValidator(), this).FirstOrDefault();
}
