using Hangfire.Dashboard;
using WebAttention.Core;

namespace WebAttention.Server.Jobs;

/// <summary>Lets only a signed-in Admin (the app's cookie) into Hangfire's dashboard.</summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin);
    }
}
