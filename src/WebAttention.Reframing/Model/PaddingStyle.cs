namespace WebAttention.Reframing.Model;

/// <summary>What fills the bars when required content cannot fit the target aspect.</summary>
public enum PaddingStyle
{
    /// <summary>A blurred, enlarged copy of the frame (AutoFlip's default).</summary>
    Blur,

    /// <summary>A solid colour (<see cref="ReframeRequest.PaddingColor"/>).</summary>
    Solid,
}
