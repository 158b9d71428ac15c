namespace WebAttention.Core.Review;

/// <summary>Pure playback arithmetic shared by the server, the browser and the tests.</summary>
public static class PlaybackClock
{
    /// <summary>Where the presenter is at <paramref name="nowMs"/> (server clock): the held position, advanced by rate while playing.</summary>
    public static double ExpectedPosition(PlaybackState state, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Playing)
        {
            return state.Position;
        }
        var elapsed = Math.Max(0, nowMs - state.ServerTimeMs) / 1000.0;
        return state.Position + elapsed * state.Rate;
    }

    /// <summary>
    /// The position a follower should seek to, or null when it is within half a frame of
    /// <paramref name="expected"/> already (so drift stays under one frame without constant seeking).
    /// </summary>
    public static double? Correction(double local, double expected, double frameRate)
    {
        if (!(frameRate > 0) || !double.IsFinite(local) || !double.IsFinite(expected))
        {
            return null;
        }
        return Math.Abs(local - expected) * frameRate < 0.5 ? null : expected;
    }
}
