namespace WebAttention.Reframing.Model;

/// <summary>How eagerly the camera follows the focus (Premiere's motion presets); see <see cref="PathWeights.For"/>.</summary>
public enum MotionPreset
{
    /// <summary>Calm: heavier smoothness, lower speed limit, wider dead zone.</summary>
    Slower,

    /// <summary>The default balance.</summary>
    Default,

    /// <summary>Responsive: lighter smoothness, higher speed limit, narrow dead zone.</summary>
    Faster,
}
