namespace WebAttention.Pipeline.Fusion;

/// <summary>Where one <see cref="FusedSaliencyPredictor.PredictAsync"/> call spent its time, in milliseconds.</summary>
/// <param name="InferenceMs">The model and the face detector (they run side by side).</param>
/// <param name="ChannelsMs">Motion and the static overlay after inference was done (0 when they ran beside it and finished first).</param>
/// <param name="FusionMs">Face blobs, fusion of the channels.</param>
/// <param name="ChannelsBesideInference">Whether motion and the overlay ran beside the model (the grid of the frame size was known).</param>
public sealed record PredictionTimings(double InferenceMs, double ChannelsMs, double FusionMs, bool ChannelsBesideInference);
