using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WebAttention.Server.Security;

/// <summary>One fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class WindowLimit
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}

/// <summary>
/// Request rate limits (section "RateLimits"). A refused HTTP request gets 429 with Retry-After (seconds); a refused
/// hub upload gets a HubException saying when to try again.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Register, log-in and share-link redemption, per client address (password guessing).</summary>
    [Required, ValidateObjectMembers]
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>
    /// Uploads begun per account (hub <c>BeginUpload</c>, model zips): generous, so a user with a folder of clips is
    /// never refused, but a script cannot open uploads without end. Concurrent unfinished uploads are bounded apart
    /// (<c>Uploads:MaxOpenUploadsPerUser</c>).
    /// </summary>
    [Required, ValidateObjectMembers]
    public WindowLimit Uploads { get; set; } = new() { PermitLimit = 120, WindowSeconds = 600 };
}
