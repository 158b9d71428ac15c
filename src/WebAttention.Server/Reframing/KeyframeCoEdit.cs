using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;

namespace WebAttention.Server.Reframing;

/// <summary>A refused co-edit (the message says why; nothing was saved).</summary>
public sealed class KeyframeEditException(string message) : Exception(message);

/// <summary>
/// A single-keyframe edit applied to the latest revision: <see cref="BaseAtFrame"/> and <see cref="LatestAtFrame"/>
/// are the keyframe at the edited frame in the editor's base revision and in the revision the edit replaced, so
/// the caller can tell whether someone else changed that keyframe in between.
/// </summary>
public sealed record KeyframeMerge(string Aspect, int Revision, IReadOnlyList<KeyframeValue> Keyframes, KeyframeValue? BaseAtFrame, KeyframeValue? LatestAtFrame);

/// <summary>
/// Merges one keyframe change into the newest revision of a path (not the editor's base), re-solves the span
/// around it and saves a new revision. The caller serialises calls per clip and aspect.
/// </summary>
public sealed class KeyframeCoEdit(CropPathStore store, CropPathSolver solver)
{
    /// <exception cref="KeyframeEditException">No path, an unknown base revision, a keyframe out of range, or a racing save.</exception>
    public async Task<KeyframeMerge> ApplyAsync(Guid clipId, KeyframeChange change, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!ReframeInput.TryParseAspect(change.Aspect, out var aspect, out var aspectError))
        {
            throw new KeyframeEditException(aspectError);
        }
        var latest = await store.LatestAsync(clipId, aspect, cancellationToken)
            ?? throw new KeyframeEditException($"The clip has no {aspect} path yet: reframe it first.");
        if (change.BaseRevision < 1 || change.BaseRevision > latest.Revision)
        {
            throw new KeyframeEditException($"Revision {change.BaseRevision} does not exist (latest is {latest.Revision}).");
        }
        var path = await store.LoadAsync(latest, cancellationToken);
        var basePath = change.BaseRevision == latest.Revision ? path
            : await store.FindAsync(clipId, aspect, change.BaseRevision, cancellationToken) is { } baseRecord ? await store.LoadAsync(baseRecord, cancellationToken) : path;

        var keyframes = path.Keyframes.Where(k => k.Frame != change.Frame).ToList();
        if (!change.Remove)
        {
            keyframes.Add(new CropKeyframe(change.Frame, change.CenterX, change.CenterY, change.Zoom));
        }
        var views = keyframes.Select(k => new CropKeyframeView(k.Frame, k.CenterX, k.CenterY, true, k.Zoom)).ToList();
        if (KeyframeInput.Check(views, path) is { } problem)
        {
            throw new KeyframeEditException(problem);
        }
        var next = solver.ResolveSpan(path, keyframes, cancellationToken);
        var saved = await store.TrySaveAsync(clipId, next, latest.Revision + 1, createdBy, null, cancellationToken)
            ?? throw new KeyframeEditException("Someone saved the path at the same moment from outside the room: apply the edit again.");
        return new KeyframeMerge(saved.Aspect, saved.Revision, next.Keyframes.Select(Value).ToArray(), At(basePath, change.Frame), At(path, change.Frame));
    }

    private static KeyframeValue? At(CropPath path, long frame) =>
        path.Keyframes.FirstOrDefault(k => k.Frame == frame) is { } k ? Value(k) : null;

    private static KeyframeValue Value(CropKeyframe k) => new(k.Frame, k.CenterX, k.CenterY, k.Zoom);
}
