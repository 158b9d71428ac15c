using WebAttention.Inference.Readout;

namespace WebAttention.Training.Readout;

/// <summary>Result of <see cref="ReadoutTrainer.TrainAsync"/>.</summary>
/// <param name="WeightsPath">The weight file written.</param>
/// <param name="Record">The run record (also stored in the weight file).</param>
/// <param name="Parameters">The kept (best-on-val) readout.</param>
public sealed record TrainingReport(string WeightsPath, TrainingRecord Record, ReadoutParameters Parameters);
