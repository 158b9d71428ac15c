using System.Security.Cryptography;

namespace WebAttention.Inference.Models;

/// <summary>SHA-256 of files and bytes as lower-case hex, the form manifests store.</summary>
public static class FileHash
{
    /// <summary>SHA-256 of the file at <paramref name="path"/>.</summary>
    public static async Task<string> Sha256HexAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash);
        }
    }

    /// <summary>SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
