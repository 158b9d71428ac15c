using System.Net;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Hosting;

/// <summary>/metrics: loopback callers and Admins by default (setting Metrics:Access), everyone else refused.</summary>
public sealed class MetricsAccessTests : IAsyncLifetime
{
    private const string AdminEmail = "metrics-admin@example.test";
    private const string NetworkCaller = "203.0.113.7";

    private readonly HostingFactory _factory = new(new Dictionary<string, string?> { ["Accounts:AdminEmail"] = AdminEmail });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_anonymous_caller_on_the_network_is_refused()
    {
        using var http = new HttpClient { BaseAddress = _factory.BaseAddress };

        var response = await http.SendAsync(FromNetwork());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("webattention_jobs_queued", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_creator_on_the_network_is_forbidden()
    {
        await using var admin = await TestUser.RegisterAsync(_factory.BaseAddress, AdminEmail);
        await using var creator = await TestUser.RegisterAsync(_factory.BaseAddress);

        var response = await creator.Http.SendAsync(FromNetwork());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_on_the_network_reads_the_metrics()
    {
        await using var admin = await TestUser.RegisterAsync(_factory.BaseAddress, AdminEmail);

        var response = await admin.Http.SendAsync(FromNetwork());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("webattention_jobs_queued", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_caller_on_this_machine_reads_the_metrics()
    {
        using var http = new HttpClient { BaseAddress = _factory.BaseAddress };

        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("webattention_jobs_queued", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_only_access_refuses_even_callers_on_this_machine()
    {
        await using var factory = new HostingFactory(new Dictionary<string, string?> { ["Metrics:Access"] = "Admin" });
        using var http = new HttpClient { BaseAddress = factory.BaseAddress };

        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static HttpRequestMessage FromNetwork()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.Add(HostingFactory.RemoteAddressHeader, NetworkCaller);
        return request;
    }
}
