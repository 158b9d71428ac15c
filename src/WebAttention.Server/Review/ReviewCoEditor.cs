using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Server.Reframing;

namespace WebAttention.Server.Review;

/// <summary>What one keyframe edit came to: the new path for the room, and the writer it overwrote (if any).</summary>
public sealed record CoEditOutcome(CropPathEdited Edited, string? Loser, KeyframeOverwritten? Notice);

/// <summary>
/// Live co-editing on top of the crop path revision system (<see cref="KeyframeCoEdit"/>). Edits of one clip and
/// aspect are applied one at a time, each onto the latest revision (not the editor's base), so edits of different
/// keyframes all survive. When an edit changes a keyframe that someone else changed after the editor's base, the
/// later edit wins and the earlier writer is told, with the path as it now stands.
/// </summary>
public sealed class ReviewCoEditor(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<(Guid Clip, string Aspect), SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<(Guid Clip, string Aspect, long Frame), Writer> _writers = new();

    public async Task<CoEditOutcome> ApplyAsync(ReviewActor actor, string connectionId, KeyframeChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        var aspectKey = AspectRatio.TryParse(change.Aspect, out var ratio) ? ratio.ToString() : change.Aspect ?? string.Empty;
        var gate = _gates.GetOrAdd((actor.ClipId, aspectKey), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            KeyframeMerge merge;
            try
            {
                merge = await services.GetRequiredService<KeyframeCoEdit>().ApplyAsync(actor.ClipId, change, actor.UserId ?? actor.Key, cancellationToken);
            }
            catch (KeyframeEditException e)
            {
                throw new HubException(e.Message);
            }
            var key = (actor.ClipId, merge.Aspect, change.Frame);
            var overwritten = _writers.TryGetValue(key, out var writer) && writer.Key != actor.Key
                && writer.Revision > change.BaseRevision && merge.BaseAtFrame != merge.LatestAtFrame
                ? writer : null;
            _writers[key] = new Writer(connectionId, actor.Key, actor.Name, merge.Revision);

            var db = services.GetRequiredService<AppDbContext>();
            ReviewAudit.Add(db, actor.ClipId, actor, AuditKinds.CropPathEdited,
                $"{merge.Aspect} r{merge.Revision}: keyframe at frame {change.Frame} {(change.Remove ? "removed" : "set")}" + (overwritten is null ? string.Empty : $", replacing {overwritten.Name}'s"));
            await db.SaveChangesAsync(cancellationToken);
            await services.GetRequiredService<CropPathNotifier>().ChangedAsync(actor.ClipId, actor.OwnerId, merge.Aspect, merge.Revision);

            var edited = new CropPathEdited(actor.ClipId, merge.Aspect, merge.Revision, actor.Key, actor.Name, change.Frame, merge.Keyframes, overwritten?.Key);
            if (overwritten is null)
            {
                return new CoEditOutcome(edited, null, null);
            }
            var winning = merge.Keyframes.FirstOrDefault(k => k.Frame == change.Frame);
            return new CoEditOutcome(edited, overwritten.Connection, new KeyframeOverwritten(actor.ClipId, merge.Aspect, change.Frame, actor.Name, winning, edited));
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Writer(string Connection, string Key, string Name, int Revision);
}
