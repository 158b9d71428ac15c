using WebAttention.Inference.Fusion;

namespace WebAttention.Training.Fusion;

/// <summary>Outcome of a fusion fit: the file written and its contents.</summary>
/// <param name="WeightsPath">The fusion weight file written.</param>
/// <param name="Document">What it holds, with the record of the run.</param>
public sealed record FusionFitReport(string WeightsPath, FusionWeightsDocument Document);
