using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Reframing;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Reframing;

/// <summary>
/// Crop path revisions: a row each (metadata) and a CropPathJson file each (the path). Saving never
/// replaces a revision; the unique (clip, aspect, revision) index turns a racing save into a refusal.
/// </summary>
public sealed class CropPathStore(AppDbContext db, MediaPaths paths, IMediaStore media)
{
    /// <summary>The newest revision of a clip's path for <paramref name="aspect"/>, or null.</summary>
    public Task<CropPathRecord?> LatestAsync(Guid clipId, AspectRatio aspect, CancellationToken cancellationToken)
    {
        var key = aspect.ToString();
        return db.CropPaths.AsNoTracking().Where(p => p.ClipId == clipId && p.Aspect == key)
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One revision, or null.</summary>
    public Task<CropPathRecord?> FindAsync(Guid clipId, AspectRatio aspect, int revision, CancellationToken cancellationToken)
    {
        var key = aspect.ToString();
        return db.CropPaths.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ClipId == clipId && p.Aspect == key && p.Revision == revision, cancellationToken);
    }

    /// <summary>The latest revision of every aspect of a clip.</summary>
    public async Task<IReadOnlyList<CropPathRecord>> LatestOfEachAspectAsync(Guid clipId, CancellationToken cancellationToken)
    {
        var rows = await db.CropPaths.AsNoTracking().Where(p => p.ClipId == clipId).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(p => p.Aspect).Select(g => g.MaxBy(p => p.Revision)!).OrderBy(p => p.Aspect, StringComparer.Ordinal)];
    }

    /// <summary>Reads a revision's path.</summary>
    /// <exception cref="InvalidDataException">The file is damaged.</exception>
    public async Task<CropPath> LoadAsync(CropPathRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var bytes = await File.ReadAllBytesAsync(paths.InClip(record.ClipId, record.JsonFile), cancellationToken);
        return CropPathJson.Deserialize(bytes);
    }

    /// <summary>
    /// Saves <paramref name="path"/> as <paramref name="revision"/>; null when that revision already exists
    /// (someone saved first: the caller's base is stale).
    /// </summary>
    public async Task<CropPathRecord?> TrySaveAsync(Guid clipId, CropPath path, int revision, string createdBy, Guid? jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var record = new CropPathRecord
        {
            Id = Guid.NewGuid(),
            ClipId = clipId,
            Aspect = path.Aspect.ToString(),
            Revision = revision,
            Preset = ReframeInput.Name(path.Preset),
            JsonFile = string.Empty,
            ManualKeyframes = path.Keyframes.Count,
            Padded = path.HasPadding,
            CreatedBy = createdBy,
            JobId = jobId,
        };
        record.JsonFile = MediaPaths.CropPathRelative(path.Aspect.FileTag, revision, record.Id);
        var file = paths.InClip(clipId, record.JsonFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, CropPathJson.Serialize(path), cancellationToken);
        // Stored before the row exists, so no node ever reads a revision whose file the shared store lacks.
        await media.PutFileAsync(clipId, record.JsonFile.Replace(Path.DirectorySeparatorChar, '/'), file, cancellationToken);
        db.CropPaths.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(record).State = EntityState.Detached;
            return record;
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached;
            File.Delete(file);
            if (await ExistsAsync(record))
            {
                return null;
            }
            throw;
        }
    }

    private Task<bool> ExistsAsync(CropPathRecord record) =>
        db.CropPaths.AsNoTracking().AnyAsync(p => p.ClipId == record.ClipId && p.Aspect == record.Aspect && p.Revision == record.Revision && p.Id != record.Id);
}
