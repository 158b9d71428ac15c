using System.Security.Cryptography;
using System.Text;

namespace WebAttention.Server.Review;

/// <summary>Share link tokens: 256 random bits, URL-safe; only their SHA-256 is stored.</summary>
public static class ShareTokens
{
    /// <summary>Random bytes per token (256 bits, above the 128 the issue asks).</summary>
    public const int Bytes = 32;

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Whether <paramref name="token"/> has the shape of one of ours (cheap refusal before a lookup).</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
