namespace WebAttention.Inference.Models;

/// <summary>What a model takes in: tensor name, layout and the rule for its dynamic size.</summary>
/// <param name="Name">Input tensor name in the ONNX graph.</param>
/// <param name="Layout">Tensor layout: <see cref="ModelLayouts.NhwcUint8Rgb"/> (image models) or <see cref="ModelLayouts.NthwcUint8Rgb"/> (clip models).</param>
/// <param name="SizeMultiple">Width and height must be multiples of this (the backbone's largest stride).</param>
/// <param name="DefaultLongSide">Long side, in pixels, frames are scaled to for analysis.</param>
public sealed record ModelInputSpec(string Name, string Layout, int SizeMultiple, int DefaultLongSide);
