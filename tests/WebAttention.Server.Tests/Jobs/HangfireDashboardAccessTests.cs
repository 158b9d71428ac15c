using System.Net;
using WebAttention.Server.Jobs;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Jobs;

/// <summary>Hangfire's own dashboard answers only the app's Admins: 401 signed out, 403 for a Creator.</summary>
public sealed class HangfireDashboardAccessTests
{
    [Fact]
    public async Task Only_an_admin_opens_hangfires_dashboard()
    {
        using var factory = new AppFactory();
        // The first account to register becomes Admin; the second is a Creator.
        await using var admin = await TestUser.RegisterAsync(factory.BaseAddress);
        await using var creator = await TestUser.RegisterAsync(factory.BaseAddress);
        using var anonymous = new HttpClient { BaseAddress = factory.BaseAddress };

        var asAdmin = await admin.Http.GetAsync(JobEngineExtensions.DashboardPath);
        var asCreator = await creator.Http.GetAsync(JobEngineExtensions.DashboardPath);
        var signedOut = await anonymous.GetAsync(JobEngineExtensions.DashboardPath + "/jobs/failed");

        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Contains("WebAttention jobs", await asAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, asCreator.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }
}
