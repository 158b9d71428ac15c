using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing;

/// <summary>
/// The reframing entry point (thin): maps + faces → focus track (<see cref="FocusTracker"/>) → per-shot plan
/// and L1-optimal path (<see cref="CropPathSolver"/>) → <see cref="CropPath"/>. Several aspects reuse one
/// focus track. <c>AddReframing()</c> registers one on GLOP.
/// </summary>
public sealed class Reframer
{
    /// <summary>Creates a reframer on top of an LP back end.</summary>
    public Reframer(IAxisPathSolver axisSolver) => Solver = new CropPathSolver(axisSolver);

    /// <summary>The path solver (also for <see cref="CropPathSolver.ResolveSpan"/> after edits).</summary>
    public CropPathSolver Solver { get; }

    /// <summary>Reframes a clip whose map i is frame i.</summary>
    /// <param name="maps">A saliency map for every frame.</param>
    /// <param name="shots">Shots covering the frames (e.g. <c>ShotSegmenter.FromCuts</c>).</param>
    /// <param name="faces">Face boxes of any frames, or null.</param>
    /// <param name="source">Source frame size.</param>
    /// <param name="frameRate">Source frames per second.</param>
    /// <param name="request">What to produce.</param>
    /// <param name="cancellationToken">Cancels between frames and shots.</param>
    public CropPath Reframe(IReadOnlyList<SaliencyMap> maps, IReadOnlyList<Shot> shots, IReadOnlyList<FaceBox>? faces, FrameSize source, double frameRate, ReframeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var focus = FocusTracker.FromMaps(maps, faces, source, request.Focus, cancellationToken);
        return Solver.Solve(source, frameRate, shots, focus, request, cancellationToken);
    }

    /// <summary>Reframes from a ready focus track (e.g. <see cref="FocusTracker.FromStoreAsync"/>).</summary>
    public CropPath Reframe(IReadOnlyList<FrameFocus> focus, IReadOnlyList<Shot> shots, FrameSize source, double frameRate, ReframeRequest request, CancellationToken cancellationToken = default) =>
        Solver.Solve(source, frameRate, shots, focus, request, cancellationToken);
}
