using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Solving;

/// <summary>
/// Solves crop paths: per shot, a fixed window size (<see cref="WindowSizer"/>), a camera mode
/// (<see cref="CameraModeSelector"/>) and, independently for x and y, the L1-optimal centre path
/// (<see cref="AxisProblem"/>; a steady shot without keyframes takes the single best position).
/// Keyframes are hard constraints; <see cref="ResolveSpan"/> re-solves only the span around an edit.
/// When the constraints conflict (a keyframe out of reach of the speed limit), the speed limit is
/// dropped first, then the required regions; keyframes and the frame bounds always hold.
/// </summary>
public sealed class CropPathSolver
{
    private readonly IAxisPathSolver _axisSolver;

    /// <summary>Creates a solver on top of an LP back end (GLOP in <c>WebAttention.Reframing</c>).</summary>
    public CropPathSolver(IAxisPathSolver axisSolver)
    {
        ArgumentNullException.ThrowIfNull(axisSolver);
        _axisSolver = axisSolver;
    }

    /// <summary>Solves the path of every frame for <paramref name="request"/>.</summary>
    /// <param name="source">Source frame size (windows are in its pixels).</param>
    /// <param name="frameRate">Source frames per second.</param>
    /// <param name="shots">Shots covering frames 0..focus.Count−1 in order.</param>
    /// <param name="focus">Focus of every frame.</param>
    /// <param name="request">Aspect, preset, padding, zoom, keyframes.</param>
    /// <param name="cancellationToken">Checked between shots and axes.</param>
    /// <exception cref="ArgumentException">Shots do not cover the frames, or settings are invalid.</exception>
    public CropPath Solve(FrameSize source, double frameRate, IReadOnlyList<Shot> shots, IReadOnlyList<FrameFocus> focus, ReframeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Height);
        if (!(frameRate > 0) || double.IsInfinity(frameRate))
        {
            throw new ArgumentOutOfRangeException(nameof(frameRate), frameRate, "The frame rate must be positive.");
        }

        var weights = request.EffectiveWeights;
        var errors = weights.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(request));
        }

        CheckShots(shots, focus.Count);
        var keyframes = NormaliseKeyframes(request.Keyframes, focus.Count);
        var frames = new CropWindow[focus.Count];
        var plans = new List<ShotPlan>(shots.Count);
        foreach (var shot in shots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = Slice(focus, shot.FirstFrame, shot.EndFrame);
            var reqW = slice.Max(f => f.Required?.Width ?? 0);
            var reqH = slice.Max(f => f.Required?.Height ?? 0);
            var size = WindowSizer.ForShot(source, request.Aspect, request.Zoom, reqW, reqH);
            var mode = CameraModeSelector.Select(slice, size.Width, size.Height, weights);
            var plan = new ShotPlan(shot.Index, shot.FirstFrame, shot.FrameCount, mode, size.Width, size.Height, size.Padded);
            plans.Add(plan);
            SolveSpan(frames, focus, plan, source, request.Aspect, frameRate, weights, keyframes, shot.FirstFrame, shot.EndFrame - 1, cancellationToken);
        }

        return new CropPath
        {
            Aspect = request.Aspect,
            SourceWidth = source.Width,
            SourceHeight = source.Height,
            FrameRate = frameRate,
            Preset = request.Preset,
            Weights = weights,
            Padding = request.Padding,
            PaddingColor = request.PaddingColor,
            Zoom = request.Zoom,
            Shots = plans,
            Keyframes = keyframes.Values.OrderBy(k => k.Frame).ToList(),
            Frames = frames,
            Focus = focus.ToArray(),
        };
    }

    /// <summary>
    /// Applies an edited keyframe set: every keyframe added, moved or removed re-solves only its span — from
    /// the previous keyframe (or the shot's first frame) to the next keyframe (or the shot's last frame);
    /// all other frames keep their windows exactly. Window sizes and modes stay as planned.
    /// </summary>
    public CropPath ResolveSpan(CropPath path, IReadOnlyList<CropKeyframe> keyframes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(keyframes);
        var next = NormaliseKeyframes(keyframes, path.FrameCount);
        var old = NormaliseKeyframes(path.Keyframes, path.FrameCount);
        var changed = next.Keys.Union(old.Keys)
            .Where(f => !next.TryGetValue(f, out var a) || !old.TryGetValue(f, out var b) || a != b)
            .Order()
            .ToList();
        var frames = path.Frames.ToArray();
        var source = new FrameSize(path.SourceWidth, path.SourceHeight);
        foreach (var (plan, start, end) in Spans(path, changed, next.Keys.ToHashSet()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SolveSpan(frames, path.Focus, plan, source, path.Aspect, path.FrameRate, path.Weights, next, start, end, cancellationToken, path.Frames);
        }

        return path with { Keyframes = next.Values.OrderBy(k => k.Frame).ToList(), Frames = frames };
    }

    /// <summary>The frame span [start, end] (inclusive) that an edit of the keyframe at <paramref name="frame"/> re-solves.</summary>
    public static (long Start, long End) SpanOf(CropPath path, long frame, IEnumerable<long> anchors)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(anchors);
        var plan = path.ShotOf(frame);
        var inShot = anchors.Where(a => a != frame && a >= plan.FirstFrame && a < plan.EndFrame).ToList();
        var start = inShot.Where(a => a < frame).DefaultIfEmpty(plan.FirstFrame).Max();
        var end = inShot.Where(a => a > frame).DefaultIfEmpty(plan.EndFrame - 1).Min();
        return (start, end);
    }

    private static IEnumerable<(ShotPlan Plan, long Start, long End)> Spans(CropPath path, List<long> changed, HashSet<long> anchors)
    {
        var spans = changed.Select(f => (Plan: path.ShotOf(f), Span: SpanOf(path, f, anchors)))
            .OrderBy(s => s.Span.Start)
            .ToList();
        for (var i = 0; i < spans.Count; i++)
        {
            var (plan, (start, end)) = spans[i];
            while (i + 1 < spans.Count && spans[i + 1].Plan == plan && spans[i + 1].Span.Start <= end)
            {
                end = Math.Max(end, spans[++i].Span.End);
            }

            yield return (plan, start, end);
        }
    }

    private void SolveSpan(
        CropWindow[] frames,
        IReadOnlyList<FrameFocus> focus,
        ShotPlan plan,
        FrameSize source,
        AspectRatio aspect,
        double frameRate,
        PathWeights weights,
        IReadOnlyDictionary<long, CropKeyframe> keyframes,
        long start,
        long end,
        CancellationToken cancellationToken,
        IReadOnlyList<CropWindow>? context = null)
    {
        var slice = Slice(focus, start, end + 1);
        var inSpan = keyframes.Values.Where(k => k.Frame >= start && k.Frame <= end).ToList();
        // Window size per frame from the keyframes' zoom; the centres are solved for the smallest window of the
        // span (so a zoomed keyframe's centre holds exactly) and larger windows are clamped into the frame.
        // A keyframe's zoom reaches no further than its neighbouring keyframes (or its ease-back), all inside the span.
        var inShot = keyframes.Values.Where(k => k.Frame >= plan.FirstFrame && k.Frame < plan.EndFrame).OrderBy(k => k.Frame).ToList();
        var ease = KeyframeZoom.EaseFrames(frameRate);
        var sizes = new WindowSize[slice.Count];
        for (var t = 0; t < slice.Count; t++)
        {
            sizes[t] = KeyframeZoom.Window(plan, source, aspect, KeyframeZoom.At(inShot, start + t, ease));
        }
        var axisWidth = sizes.Length == 0 ? plan.WindowWidth : sizes.Min(z => z.Width);
        var axisHeight = sizes.Length == 0 ? plan.WindowHeight : sizes.Min(z => z.Height);
        var xs = SolveAxis(new AxisSpan(
            Axis.X, slice, source.Width, axisWidth, plan.Mode, inSpan.ToDictionary(k => k.Frame, k => k.CenterX),
            Context(context, plan, start - 3, start, w => w.CenterX), Context(context, plan, end + 1, end + 4, w => w.CenterX)), weights, frameRate, cancellationToken);
        var ys = SolveAxis(new AxisSpan(
            Axis.Y, slice, source.Height, axisHeight, plan.Mode, inSpan.ToDictionary(k => k.Frame, k => k.CenterY),
            Context(context, plan, start - 3, start, w => w.CenterY), Context(context, plan, end + 1, end + 4, w => w.CenterY)), weights, frameRate, cancellationToken);
        for (var t = 0; t < slice.Count; t++)
        {
            frames[start + t] = new CropWindow(
                ToEdge(xs[t], sizes[t].Width, source.Width),
                ToEdge(ys[t], sizes[t].Height, source.Height),
                sizes[t].Width,
                sizes[t].Height,
                plan.Padded);
        }
    }

    private double[] SolveAxis(AxisSpan span, PathWeights weights, double frameRate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var problem = AxisProblemBuilder.Build(span, weights, frameRate);
        if (Enumerable.Range(0, problem.Length).All(t => problem.Upper[t] - problem.Lower[t] < 0.5))
        {
            return [.. Enumerable.Range(0, problem.Length).Select(t => (problem.Lower[t] + problem.Upper[t]) / 2)];
        }

        if (span.Mode == CameraMode.Steady && span.Keyframes.Count == 0 && span.Before.Length == 0 && span.After.Length == 0
            && SteadyPosition.Solve(problem.Target, problem.Weight, problem.Lower, problem.Upper) is { } constant)
        {
            return [.. Enumerable.Repeat(constant, problem.Length)];
        }

        var trackSpan = span.Mode == CameraMode.Steady ? span with { Mode = CameraMode.Track } : span;
        return _axisSolver.Solve(AxisProblemBuilder.Build(trackSpan, weights, frameRate), cancellationToken)
            ?? _axisSolver.Solve(AxisProblemBuilder.Build(trackSpan, weights, frameRate, withSpeedLimit: false), cancellationToken)
            ?? _axisSolver.Solve(AxisProblemBuilder.Build(trackSpan, weights, frameRate, withRequired: false, withSpeedLimit: false), cancellationToken)
            ?? throw new InvalidOperationException("The camera path has no solution even without speed limit and required regions.");
    }

    private static double[] Context(IReadOnlyList<CropWindow>? frames, ShotPlan plan, long from, long to, Func<CropWindow, double> centre)
    {
        if (frames is null)
        {
            return [];
        }

        var list = new List<double>();
        for (var f = Math.Max(from, plan.FirstFrame); f < Math.Min(to, plan.EndFrame); f++)
        {
            list.Add(centre(frames[(int)f]));
        }

        return [.. list];
    }

    private static int ToEdge(double centre, int window, int frame) =>
        Math.Clamp((int)Math.Round(centre - (window / 2.0)), 0, frame - window);

    private static List<FrameFocus> Slice(IReadOnlyList<FrameFocus> focus, long from, long to)
    {
        var list = new List<FrameFocus>((int)(to - from));
        for (var f = from; f < to; f++)
        {
            list.Add(focus[(int)f]);
        }

        return list;
    }

    private static Dictionary<long, CropKeyframe> NormaliseKeyframes(IEnumerable<CropKeyframe> keyframes, int frameCount)
    {
        var map = new Dictionary<long, CropKeyframe>();
        foreach (var k in keyframes)
        {
            ArgumentNullException.ThrowIfNull(k);
            if (k.Frame < 0 || k.Frame >= frameCount || !double.IsFinite(k.CenterX) || !double.IsFinite(k.CenterY) || !(k.Zoom >= 1) || double.IsInfinity(k.Zoom))
            {
                throw new ArgumentOutOfRangeException(nameof(keyframes), k, "A keyframe lies outside the clip or is not a finite position.");
            }

            map[k.Frame] = k;
        }

        return map;
    }

    private static void CheckShots(IReadOnlyList<Shot> shots, int frameCount)
    {
        long next = 0;
        foreach (var shot in shots)
        {
            if (shot.FirstFrame != next || shot.FrameCount <= 0)
            {
                throw new ArgumentException($"Shots must cover the frames in order without gaps (shot {shot.Index} starts at {shot.FirstFrame}, expected {next}).", nameof(shots));
            }

            next = shot.EndFrame;
        }

        if (next != frameCount)
        {
            throw new ArgumentException($"Shots cover {next} frames but the focus track has {frameCount}.", nameof(shots));
        }
    }
}
