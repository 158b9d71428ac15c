using System.Net;
using WebAttention.Server.Tests.Infrastructure;

namespace WebAttention.Server.Tests;

public sealed class HealthTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };

        var body = await http.GetStringAsync(path);

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Metrics_are_exposed_in_prometheus_format()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        await http.GetStringAsync("/alive");

        var response = await http.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("webattention_jobs_queued", body, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", body, StringComparison.Ordinal);
    }
}
