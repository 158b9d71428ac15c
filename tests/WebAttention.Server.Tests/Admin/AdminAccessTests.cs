using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Admin;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Admin;

/// <summary>
/// Every admin endpoint, enumerated from the app's endpoint data source (so a new one without the Admin rule
/// fails here): a Creator gets 403, a signed-out caller 401.
/// </summary>
public sealed class AdminAccessTests
{
    [Fact]
    public async Task A_creator_gets_403_and_a_stranger_401_on_every_admin_endpoint()
    {
        using var factory = new AppFactory();
        await using var admin = await TestUser.RegisterAsync(factory.BaseAddress);
        await using var creator = await TestUser.RegisterAsync(factory.BaseAddress);
        using var stranger = new HttpClient { BaseAddress = factory.BaseAddress };
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(AdminRoutes.Root, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .ToList();

        Assert.True(endpoints.Count >= 10, "admin endpoints found: " + string.Join(", ", endpoints));
        foreach (var (method, path) in endpoints)
        {
            using var asCreator = await creator.Http.SendAsync(Request(method, path));
            using var asStranger = await stranger.SendAsync(Request(method, path));
            Assert.True(asCreator.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} as a Creator: {asCreator.StatusCode}");
            Assert.True(asStranger.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} signed out: {asStranger.StatusCode}");
        }
        // And the Admin is let in (the rule is not simply "nobody").
        using var asAdmin = await admin.Http.GetAsync(AdminRoutes.Jobs);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method is "GET" or "DELETE" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };

    /// <summary>The route with each parameter filled ({id:guid} → a new Guid, others → "x").</summary>
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}]*)?\}", m => m.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "x");
}
