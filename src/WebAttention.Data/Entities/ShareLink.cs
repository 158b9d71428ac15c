using WebAttention.Core.Review;

namespace WebAttention.Data.Entities;

/// <summary>
/// A link that lets someone without access review one clip. Only the SHA-256 of its token is stored;
/// the token is shown once, when the link is made. Checked on every use: revoked or expired links grant nothing.
/// </summary>
public sealed class ShareLink
{
    public Guid Id { get; set; }
    public Guid ClipId { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token (64 characters).</summary>
    public required string TokenHash { get; set; }
    public ReviewScope Scope { get; set; }
    public string? Label { get; set; }
    /// <summary>ASP.NET Identity password hash, or null when the link has no password.</summary>
    public string? PasswordHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public int UseCount { get; set; }

    /// <summary>Whether the link grants anything at <paramref name="now"/>.</summary>
    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
