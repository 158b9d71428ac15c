namespace WebAttention.Pipeline.Maps;

/// <summary>
/// Pure rule for frames that were not analysed: their map is a blend of the analysed maps before and
/// after them, never across a shot cut.
/// </summary>
public static class GapInterpolation
{
    /// <summary>
    /// Weight of the later analysed map for <paramref name="frame"/>, which lies strictly between the
    /// analysed frames <paramref name="previous"/> and <paramref name="next"/>.
    /// Without a cut it is linear: (frame − previous) / (next − previous). With a cut at frame c in
    /// (previous, next], frames before c hold the earlier map (0) and frames from c on take the later
    /// one (1), so no frame mixes two shots.
    /// </summary>
    /// <param name="previous">Index of the analysed frame before the gap.</param>
    /// <param name="next">Index of the analysed frame after the gap.</param>
    /// <param name="frame">The frame in the gap.</param>
    /// <param name="firstCut">First cut in (previous, next], if any.</param>
    public static float WeightOfNext(long previous, long next, long frame, long? firstCut)
    {
        if (!(previous < frame && frame < next))
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame, $"Frame must lie strictly between {previous} and {next}.");
        }

        if (firstCut is { } cut)
        {
            if (cut <= previous || cut > next)
            {
                throw new ArgumentOutOfRangeException(nameof(firstCut), cut, $"Cut must lie in ({previous}, {next}].");
            }

            return frame < cut ? 0f : 1f;
        }

        return (float)((double)(frame - previous) / (next - previous));
    }
}
