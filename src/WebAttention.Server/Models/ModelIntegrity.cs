using System.Collections.Concurrent;
using WebAttention.Inference.Models;

namespace WebAttention.Server.Models;

/// <summary>Checksums of model graphs, remembered by (path, length, mtime): a 60 MB graph is hashed once, not on every request.</summary>
internal static class ModelIntegrity
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), bool> Verified = new();

    /// <summary>True when <paramref name="file"/> hashes to <paramref name="sha256"/>.</summary>
    public static async Task<bool> IsIntactAsync(FileInfo file, string sha256, CancellationToken cancellationToken)
    {
        var key = (file.FullName, file.Length, file.LastWriteTimeUtc);
        if (Verified.ContainsKey(key))
        {
            return true;
        }

        var actual = await FileHash.Sha256HexAsync(file.FullName, cancellationToken);
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Verified[key] = true;
        return true;
    }
}
