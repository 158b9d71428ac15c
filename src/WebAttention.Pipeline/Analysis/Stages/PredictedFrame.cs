using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Analysis.Stages;

/// <summary>A frame after prediction; only analysed frames carry a map.</summary>
/// <param name="Index">Frame number.</param>
/// <param name="IsCut">The frame starts a new shot.</param>
/// <param name="Map">The model's map when the frame was analysed, otherwise null.</param>
internal readonly record struct PredictedFrame(long Index, bool IsCut, SaliencyMap? Map);
