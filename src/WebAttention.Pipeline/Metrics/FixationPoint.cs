namespace WebAttention.Pipeline.Metrics;

/// <summary>A human fixation at pixel column <paramref name="X"/>, row <paramref name="Y"/> (zero-based).</summary>
public readonly record struct FixationPoint(int X, int Y);
