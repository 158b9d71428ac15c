using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Analysis.Stages;

/// <summary>A frame after sampling; only analysed frames keep their pixels.</summary>
/// <param name="Index">Frame number.</param>
/// <param name="IsCut">The frame starts a new shot.</param>
/// <param name="Frame">The decoded frame when it is to be analysed, otherwise null.</param>
internal readonly record struct SampledFrame(long Index, bool IsCut, VideoFrame? Frame);
