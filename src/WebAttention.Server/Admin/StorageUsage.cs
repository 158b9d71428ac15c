using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Admin;
using WebAttention.Data;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Admin;

/// <summary>Bytes on disk per clip kind and per user, and clip folders no clip owns (orphans) with their cleanup.</summary>
public sealed class StorageUsage(AppDbContext db, MediaPaths paths, ILogger<StorageUsage> logger)
{
    /// <summary>The kind of a file inside a clip folder, by its path relative to the folder. Pure.</summary>
    public static string KindOf(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        var path = relative.Replace('\\', '/');
        return path switch
        {
            "source" => "sources",
            "proxy.mp4" or "thumb.jpg" => "proxies",
            _ when path.StartsWith("exports/", StringComparison.Ordinal) => "exports",
            _ => "maps",
        };
    }

    public async Task<StorageReport> ReportAsync(CancellationToken cancellationToken)
    {
        var clips = await db.Clips.AsNoTracking().Select(c => new { c.Id, c.OwnerId }).ToDictionaryAsync(c => c.Id, c => c.OwnerId, cancellationToken);
        var emails = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var kinds = new Dictionary<string, (long Bytes, int Files)>();
        var users = new Dictionary<string, (int Clips, long Bytes)>();
        var orphans = 0;
        long orphanBytes = 0;
        foreach (var (id, folder, young) in ClipFolders())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
            var bytes = files.Sum(f => f.Length);
            if (id is not { } clipId || !clips.TryGetValue(clipId, out var owner))
            {
                if (young)
                {
                    continue;
                }
                orphans++;
                orphanBytes += bytes;
                continue;
            }
            foreach (var file in files)
            {
                var kind = KindOf(Path.GetRelativePath(folder, file.FullName));
                var (b, n) = kinds.GetValueOrDefault(kind);
                kinds[kind] = (b + file.Length, n + 1);
            }
            var (c, u) = users.GetValueOrDefault(owner);
            users[owner] = (c + 1, u + bytes);
        }
        return new StorageReport(
            kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new StorageKindUse(k.Key, k.Value.Bytes, k.Value.Files)).ToList(),
            users.OrderByDescending(u => u.Value.Bytes).Select(u => new StorageUserUse(u.Key, emails.GetValueOrDefault(u.Key), u.Value.Clips, u.Value.Bytes)).ToList(),
            orphans, orphanBytes);
    }

    /// <summary>Deletes clip folders whose clip row is gone.</summary>
    public async Task<OrphanCleanup> CleanOrphansAsync(CancellationToken cancellationToken)
    {
        var clips = (await db.Clips.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var folders = 0;
        long bytes = 0;
        foreach (var (id, folder, young) in ClipFolders())
        {
            if (young || (id is { } clipId && clips.Contains(clipId)))
            {
                continue;
            }
            var size = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Directory.Delete(folder, recursive: true);
            folders++;
            bytes += size;
        }
        logger.LogInformation("Deleted {Folders} orphaned clip folder(s), {Bytes} bytes", folders, bytes);
        return new OrphanCleanup(folders, bytes);
    }

    /// <summary>A folder this young may belong to an upload whose clip row is being committed: never an orphan yet.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromHours(1);

    private IEnumerable<(Guid? Id, string Folder, bool Young)> ClipFolders() =>
        Directory.Exists(paths.ClipsFolder)
            ? Directory.EnumerateDirectories(paths.ClipsFolder).Select(d => (
                Guid.TryParseExact(Path.GetFileName(d), "N", out var id) ? (Guid?)id : null,
                d,
                DateTime.UtcNow - Directory.GetLastWriteTimeUtc(d) < Settle))
            : [];
}
