namespace WebAttention.Media.TestClips;

/// <summary>What a generated shot shows.</summary>
public enum LavfiPattern
{
    /// <summary>ffmpeg's <c>testsrc2</c>: colour bars, moving gradient and a running counter.</summary>
    TestSrc2,

    /// <summary>
    /// A bright disc (radius H/8, luma 235) on a dark background (luma 16), moving left to right along
    /// the middle row: centre x = W·(0.15 + 0.7·t/d). See <see cref="LavfiClip.DiscCentre"/>.
    /// </summary>
    MovingDisc,

    /// <summary>One flat colour (<see cref="LavfiShot.Color"/>) via the <c>color</c> source.</summary>
    SolidColor,
}
