namespace WebAttention.Reframing.Model;

/// <summary>How the virtual camera behaves in a shot (AutoFlip's three modes).</summary>
public enum CameraMode
{
    /// <summary>Holds one position for the whole shot: the focus stays within a band of the window.</summary>
    Steady,

    /// <summary>Follows the focus with a smooth L1-optimal path.</summary>
    Track,

    /// <summary>Pans at a near-constant speed: the focus moves near-linearly.</summary>
    Sweep,
}
