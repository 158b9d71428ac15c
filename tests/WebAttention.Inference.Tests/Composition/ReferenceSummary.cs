namespace WebAttention.Inference.Tests.Composition;

/// <summary>A compact, tolerance-comparable fingerprint of one output map.</summary>
public sealed record ReferenceSummary(long[] Shape, int PeakIndex, double Sum, double SumOfSquares, SortedDictionary<int, double> Samples)
{
    public static ReferenceSummary Of(long[] shape, float[] data, IEnumerable<int> cells) => new(
        shape,
        Array.IndexOf(data, data.Max()),
        data.Sum(v => (double)v),
        data.Sum(v => (double)v * v),
        new SortedDictionary<int, double>(cells.ToDictionary(c => c, c => Math.Round(data[c], 6))));
}
