namespace WebAttention.Reframing.Live;

/// <summary>How the live crop window follows the focus (<see cref="CausalCropFollower"/>).</summary>
public sealed record CausalCropOptions
{
    /// <summary>The window holds still while the focus stays within this fraction of its size of the centre (default 0.1).</summary>
    public double DeadBand { get; init; } = 0.1;

    /// <summary>Share of the distance beyond the dead band closed each frame, in (0, 1] (default 0.2).</summary>
    public double Gain { get; init; } = 0.2;

    /// <summary>Largest move per frame as a fraction of the frame's side (default 0.04).</summary>
    public double MaxSpeed { get; init; } = 0.04;

    /// <summary>A reason the options are unusable, or null.</summary>
    public string? Validate() =>
        !(DeadBand >= 0 && DeadBand < 0.5) ? "DeadBand must be in [0, 0.5)."
        : !(Gain > 0 && Gain <= 1) ? "Gain must be in (0, 1]."
        : !(MaxSpeed > 0 && MaxSpeed <= 1) ? "MaxSpeed must be in (0, 1]."
        : null;
}
