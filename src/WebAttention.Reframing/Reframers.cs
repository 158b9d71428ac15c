using WebAttention.Pipeline.Reframing;
using WebAttention.Pipeline.Reframing.Solving;

namespace WebAttention.Reframing;

/// <summary>Ready-wired reframing objects backed by <see cref="GlopAxisPathSolver"/>.</summary>
public static class Reframers
{
    /// <summary>A <see cref="Reframer"/> solving with GLOP.</summary>
    public static Reframer Create() => new(new GlopAxisPathSolver());

    /// <summary>A <see cref="CropPathSolver"/> solving with GLOP (for re-solving edited keyframes).</summary>
    public static CropPathSolver CreateSolver() => new(new GlopAxisPathSolver());
}
