using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;
using WebAttention.Server.Reframing;

namespace WebAttention.Server.Review;

/// <summary>What one keyframe edit came to: the new path for the room, and the writer it overwrote (if any).</summary>
public sealed record CoEditOutcome(CropPathEdited Edited, string? Loser, KeyframeOverwritten? Notice);

/// <summary>
/// Live co-editing on top of the crop path revision system. Edits of one clip and aspect are applied one at a
/// time, each onto the latest revision (not the editor's base), so edits of different keyframes all survive.
/// When an edit changes a keyframe that someone else changed after the editor's base, the later edit wins and
/// the earlier writer is told, with the path as it now stands. Each edit is a new revision (CropPathStore).
/// </summary>
public sealed class ReviewCoEditor(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<(Guid Clip, string Aspect), SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<(Guid Clip, string Aspect, long Frame), Writer> _writers = new();

    public async Task<CoEditOutcome> ApplyAsync(ReviewActor actor, string connectionId, KeyframeChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        if (!ReframeInput.TryParseAspect(change.Aspect, out var aspect, out var aspectError))
        {
            throw new HubException(aspectError);
        }
        var key = (actor.ClipId, aspect.ToString());
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var store = services.GetRequiredService<CropPathStore>();
            var latest = await store.LatestAsync(actor.ClipId, aspect, cancellationToken)
                ?? throw new HubException($"The clip has no {aspect} path yet: reframe it first.");
            if (change.BaseRevision < 1 || change.BaseRevision > latest.Revision)
            {
                throw new HubException($"Revision {change.BaseRevision} does not exist (latest is {latest.Revision}).");
            }
            var path = await store.LoadAsync(latest, cancellationToken);
            var overwritten = await OverwrittenAsync(store, actor, change, aspect, latest.Revision, path, cancellationToken);

            var keyframes = path.Keyframes.Where(k => k.Frame != change.Frame).ToList();
            if (!change.Remove)
            {
                keyframes.Add(new CropKeyframe(change.Frame, change.CenterX, change.CenterY, change.Zoom));
            }
            var views = keyframes.Select(k => new CropKeyframeView(k.Frame, k.CenterX, k.CenterY, true, k.Zoom)).ToList();
            if (KeyframeInput.Check(views, path) is { } problem)
            {
                throw new HubException(problem);
            }
            var next = services.GetRequiredService<CropPathSolver>().ResolveSpan(path, keyframes, cancellationToken);
            var saved = await store.TrySaveAsync(actor.ClipId, next, latest.Revision + 1, actor.UserId ?? actor.Key, null, cancellationToken)
                ?? throw new HubException("Someone saved the path at the same moment from outside the room: apply the edit again.");

            var db = services.GetRequiredService<AppDbContext>();
            var verb = change.Remove ? "removed" : "set";
            ReviewAudit.Add(db, actor.ClipId, actor, AuditKinds.CropPathEdited,
                $"{saved.Aspect} r{saved.Revision}: keyframe at frame {change.Frame} {verb}" + (overwritten is null ? string.Empty : $", replacing {overwritten.Name}'s"));
            await db.SaveChangesAsync(cancellationToken);
            await services.GetRequiredService<CropPathNotifier>().ChangedAsync(actor.ClipId, actor.OwnerId, saved.Aspect, saved.Revision);

            _writers[(actor.ClipId, saved.Aspect, change.Frame)] = new Writer(connectionId, actor.Key, actor.Name, saved.Revision);
            var edited = new CropPathEdited(actor.ClipId, saved.Aspect, saved.Revision, actor.Key, actor.Name, change.Frame,
                next.Keyframes.Select(Value).ToArray(), overwritten?.Key);
            if (overwritten is null)
            {
                return new CoEditOutcome(edited, null, null);
            }
            var winning = next.Keyframes.FirstOrDefault(k => k.Frame == change.Frame);
            return new CoEditOutcome(edited, overwritten.Connection,
                new KeyframeOverwritten(actor.ClipId, saved.Aspect, change.Frame, actor.Name, winning is null ? null : Value(winning), edited));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The other writer whose keyframe at the edited frame this edit replaces: the keyframe differs between the
    /// editor's base revision and the latest, and the last writer of that frame is someone else.
    /// </summary>
    private async Task<Writer?> OverwrittenAsync(CropPathStore store, ReviewActor actor, KeyframeChange change, AspectRatio aspect, int latest, CropPath latestPath, CancellationToken cancellationToken)
    {
        if (change.BaseRevision == latest || !_writers.TryGetValue((actor.ClipId, aspect.ToString(), change.Frame), out var writer)
            || writer.Key == actor.Key || writer.Revision <= change.BaseRevision)
        {
            return null;
        }
        var baseRecord = await store.FindAsync(actor.ClipId, aspect, change.BaseRevision, cancellationToken);
        if (baseRecord is null)
        {
            return null;
        }
        var basePath = await store.LoadAsync(baseRecord, cancellationToken);
        var before = basePath.Keyframes.FirstOrDefault(k => k.Frame == change.Frame);
        var now = latestPath.Keyframes.FirstOrDefault(k => k.Frame == change.Frame);
        return before == now ? null : writer;
    }

    private static KeyframeValue Value(CropKeyframe k) => new(k.Frame, k.CenterX, k.CenterY, k.Zoom);

    private sealed record Writer(string Connection, string Key, string Name, int Revision);
}
