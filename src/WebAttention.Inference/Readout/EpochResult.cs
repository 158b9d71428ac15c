namespace WebAttention.Inference.Readout;

/// <summary>One epoch's figures.</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="TrainNll">Mean train NLL per fixation during the epoch (nats).</param>
/// <param name="ValNll">Mean val NLL per fixation after the epoch (nats).</param>
public sealed record EpochResult(int Epoch, double TrainNll, double ValNll);
