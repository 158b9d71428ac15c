using System.Net;
using System.Security.Claims;
using WebAttention.Core;

namespace WebAttention.Server.Telemetry;

/// <summary>Who may read <c>/metrics</c> (setting <c>Metrics:Access</c>).</summary>
public enum MetricsAccess
{
    /// <summary>Callers on this machine (a local Prometheus or curl) and signed-in Admins. The default.</summary>
    LoopbackOrAdmin,

    /// <summary>Signed-in Admins only (e.g. behind a reverse proxy on the same machine, where every caller looks local).</summary>
    Admin,

    /// <summary>Everyone (a private network whose scraper cannot sign in).</summary>
    Anyone,
}

/// <summary>Settings of the metrics endpoint (section "Metrics").</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Who may read <c>/metrics</c>.</summary>
    [System.ComponentModel.DataAnnotations.EnumDataType(typeof(MetricsAccess))]
    public MetricsAccess Access { get; set; } = MetricsAccess.LoopbackOrAdmin;
}

/// <summary>The rule behind the metrics authorization policy.</summary>
public static class MetricsAccessRule
{
    /// <summary>Name of the authorization policy on <c>/metrics</c>.</summary>
    public const string Policy = "metrics";

    /// <summary>Whether <paramref name="user"/>, calling from <paramref name="remote"/> (null: unknown), may read the metrics.</summary>
    public static bool Allows(MetricsAccess access, ClaimsPrincipal user, IPAddress? remote)
    {
        ArgumentNullException.ThrowIfNull(user);
        return access switch
        {
            MetricsAccess.Anyone => true,
            MetricsAccess.Admin => user.IsInRole(Roles.Admin),
            _ => user.IsInRole(Roles.Admin) || (remote is not null && IPAddress.IsLoopback(remote)),
        };
    }
}
