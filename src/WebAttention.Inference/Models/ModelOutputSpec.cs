namespace WebAttention.Inference.Models;

/// <summary>What a model gives back.</summary>
/// <param name="Name">Output tensor name in the ONNX graph.</param>
/// <param name="Layout">Tensor layout, e.g. <see cref="ModelLayouts.NchwFloatMap"/>.</param>
public sealed record ModelOutputSpec(string Name, string Layout);
