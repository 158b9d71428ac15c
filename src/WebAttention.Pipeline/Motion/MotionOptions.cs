namespace WebAttention.Pipeline.Motion;

/// <summary>
/// Settings of the motion channel (<see cref="MotionEstimator"/>). Pixel figures are on the working
/// image (the analysed frame in grey, box-downscaled to about <see cref="WorkingLongSide"/>); grey
/// levels are on a 0–255 scale.
/// </summary>
public sealed record MotionOptions
{
    /// <summary>Long side the frames are downscaled to before matching (default 160).</summary>
    public int WorkingLongSide { get; init; } = 160;

    /// <summary>Gaussian pyramid levels including the working image (default 3: 160, 80, 40 px).</summary>
    public int PyramidLevels { get; init; } = 3;

    /// <summary>Distance between block centres on the working image (default 12 px).</summary>
    public int BlockSpacing { get; init; } = 12;

    /// <summary>Half-size of the square matching window at every level (default 5: 11 × 11 px).</summary>
    public int BlockRadius { get; init; } = 5;

    /// <summary>Exhaustive search radius on the coarsest level (default 6 px, i.e. ±24 px on the working image with 3 levels).</summary>
    public int SearchRadius { get; init; } = 6;

    /// <summary>Search radius around the doubled coarser vector on each finer level (default 2 px).</summary>
    public int RefineRadius { get; init; } = 2;

    /// <summary>Blocks whose grey standard deviation is below this are too flat to match (default 4).</summary>
    public double MinimumTexture { get; init; } = 4;

    /// <summary>A block agrees with the camera model when its vector is within this many pixels of it (default 1).</summary>
    public double InlierThreshold { get; init; } = 1;

    /// <summary>Frames are comparable only when at least this fraction of blocks agrees with the camera model (default 0.3: a large subject moving on its own, non-rigidly and with motion blur, can take more than half the blocks; cuts and whip pans leave almost none).</summary>
    public double MinimumInlierFraction { get; init; } = 0.3;

    /// <summary>Fewer textured blocks than this and the frames are not compared (default 8).</summary>
    public int MinimumBlocks { get; init; } = 8;

    /// <summary>Largest zoom between two analysed frames, as |scale − 1|, before the frames count as not comparable (default 0.25).</summary>
    public double MaximumZoom { get; init; } = 0.25;

    /// <summary>Largest rotation between two analysed frames, in radians, before the frames count as not comparable (default 0.3).</summary>
    public double MaximumRotation { get; init; } = 0.3;

    /// <summary>The noise floor is this multiple of the median residual (default 2).</summary>
    public double NoiseFloorMultiplier { get; init; } = 2;

    /// <summary>The noise floor is at least this many grey levels (default 8).</summary>
    public double MinimumResidual { get; init; } = 8;

    /// <summary>Pixels this close to the edge of the warped previous frame count as come into view and are ignored (default 2).</summary>
    public int BorderMargin { get; init; } = 2;

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Validate() =>
        WorkingLongSide is < 32 or > 4096 ? $"{nameof(WorkingLongSide)} must be in [32, 4096] (was {WorkingLongSide})."
        : PyramidLevels is < 1 or > 6 ? $"{nameof(PyramidLevels)} must be in [1, 6] (was {PyramidLevels})."
        : BlockSpacing is < 2 or > 256 ? $"{nameof(BlockSpacing)} must be in [2, 256] (was {BlockSpacing})."
        : BlockRadius is < 1 or > 32 ? $"{nameof(BlockRadius)} must be in [1, 32] (was {BlockRadius})."
        : SearchRadius is < 1 or > 64 ? $"{nameof(SearchRadius)} must be in [1, 64] (was {SearchRadius})."
        : RefineRadius is < 1 or > 16 ? $"{nameof(RefineRadius)} must be in [1, 16] (was {RefineRadius})."
        : !double.IsFinite(MinimumTexture) || MinimumTexture < 0 ? $"{nameof(MinimumTexture)} must be finite and ≥ 0 (was {MinimumTexture})."
        : !double.IsFinite(InlierThreshold) || InlierThreshold <= 0 ? $"{nameof(InlierThreshold)} must be finite and > 0 (was {InlierThreshold})."
        : !double.IsFinite(MinimumInlierFraction) || MinimumInlierFraction is < 0 or > 1 ? $"{nameof(MinimumInlierFraction)} must be in [0, 1] (was {MinimumInlierFraction})."
        : MinimumBlocks is < 2 ? $"{nameof(MinimumBlocks)} must be at least 2 (was {MinimumBlocks})."
        : !double.IsFinite(MaximumZoom) || MaximumZoom is <= 0 or >= 1 ? $"{nameof(MaximumZoom)} must be in (0, 1) (was {MaximumZoom})."
        : !double.IsFinite(MaximumRotation) || MaximumRotation is <= 0 or > Math.PI ? $"{nameof(MaximumRotation)} must be in (0, π] (was {MaximumRotation})."
        : !double.IsFinite(NoiseFloorMultiplier) || NoiseFloorMultiplier < 0 ? $"{nameof(NoiseFloorMultiplier)} must be finite and ≥ 0 (was {NoiseFloorMultiplier})."
        : !double.IsFinite(MinimumResidual) || MinimumResidual is < 0 or > 255 ? $"{nameof(MinimumResidual)} must be in [0, 255] (was {MinimumResidual})."
        : BorderMargin is < 0 or > 64 ? $"{nameof(BorderMargin)} must be in [0, 64] (was {BorderMargin})."
        : null;
}
