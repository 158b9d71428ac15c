using System.ComponentModel.DataAnnotations;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Pipeline.Motion;

/// <summary>
/// Settings of the motion channel (<see cref="MotionEstimator"/>). Pixel figures are on the working
/// image (the analysed frame in grey, box-downscaled to about <see cref="WorkingLongSide"/>); grey
/// levels are on a 0–255 scale.
/// </summary>
public sealed record MotionOptions
{
    /// <summary>The configuration section the server binds (<c>Analysis:Motion</c>).</summary>
    public const string SectionName = "Analysis:Motion";

    /// <summary>Long side the frames are downscaled to before matching (default 160).</summary>
    [Range(32, 4096)]
    public int WorkingLongSide { get; init; } = 160;

    /// <summary>Gaussian pyramid levels including the working image (default 3: 160, 80, 40 px).</summary>
    [Range(1, 6)]
    public int PyramidLevels { get; init; } = 3;

    /// <summary>Distance between block centres on the working image (default 12 px).</summary>
    [Range(2, 256)]
    public int BlockSpacing { get; init; } = 12;

    /// <summary>Half-size of the square matching window at every level (default 5: 11 × 11 px).</summary>
    [Range(1, 32)]
    public int BlockRadius { get; init; } = 5;

    /// <summary>Exhaustive search radius on the coarsest level (default 6 px, i.e. ±24 px on the working image with 3 levels).</summary>
    [Range(1, 64)]
    public int SearchRadius { get; init; } = 6;

    /// <summary>Search radius around the doubled coarser vector on each finer level (default 2 px).</summary>
    [Range(1, 16)]
    public int RefineRadius { get; init; } = 2;

    /// <summary>Blocks whose grey standard deviation is below this are too flat to match (default 4).</summary>
    [Range(0, double.MaxValue)]
    public double MinimumTexture { get; init; } = 4;

    /// <summary>A block agrees with the camera model when its vector is within this many pixels of it (default 1).</summary>
    [Range(0, double.MaxValue, MinimumIsExclusive = true)]
    public double InlierThreshold { get; init; } = 1;

    /// <summary>Frames are comparable only when at least this fraction of blocks agrees with the camera model (default 0.3: a large subject moving on its own, non-rigidly and with motion blur, can take more than half the blocks; cuts and whip pans leave almost none).</summary>
    [Range(0d, 1d)]
    public double MinimumInlierFraction { get; init; } = 0.3;

    /// <summary>Fewer textured blocks than this and the frames are not compared (default 8).</summary>
    [Range(2, int.MaxValue)]
    public int MinimumBlocks { get; init; } = 8;

    /// <summary>Largest zoom between two analysed frames, as |scale − 1|, before the frames count as not comparable (default 0.25).</summary>
    [Range(0d, 1d, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double MaximumZoom { get; init; } = 0.25;

    /// <summary>Largest rotation between two analysed frames, in radians, before the frames count as not comparable (default 0.3).</summary>
    [Range(0, Math.PI, MinimumIsExclusive = true)]
    public double MaximumRotation { get; init; } = 0.3;

    /// <summary>The noise floor is this multiple of the median residual (default 2).</summary>
    [Range(0, double.MaxValue)]
    public double NoiseFloorMultiplier { get; init; } = 2;

    /// <summary>The noise floor is at least this many grey levels (default 8).</summary>
    [Range(0d, 255d)]
    public double MinimumResidual { get; init; } = 8;

    /// <summary>Pixels this close to the edge of the warped previous frame count as come into view and are ignored (default 2).</summary>
    [Range(0, 64)]
    public int BorderMargin { get; init; } = 2;

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Validate() => OptionsProblems.Of(new MotionOptionsValidator(), this).FirstOrDefault();
}
