namespace WebAttention.Reframing.Solving;

/// <summary>An axis of the window centre; the path is solved independently for each.</summary>
public enum Axis
{
    /// <summary>Horizontal.</summary>
    X,

    /// <summary>Vertical.</summary>
    Y,
}
