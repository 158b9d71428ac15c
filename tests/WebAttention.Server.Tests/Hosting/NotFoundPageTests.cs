using System.Net;
using System.Net.Http.Headers;

namespace WebAttention.Server.Tests.Hosting;

/// <summary>Unknown addresses: a browser gets the app (which shows its "not found" page), an API caller a plain 404.</summary>
public sealed class NotFoundPageTests : IAsyncLifetime
{
    private readonly HostingFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_browser_asking_for_an_unknown_page_gets_the_app_with_status_404()
    {
        using var http = new HttpClient { BaseAddress = _factory.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/no/such/page", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("_framework/blazor.web", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_caller_keeps_a_plain_404()
    {
        using var http = new HttpClient { BaseAddress = _factory.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/no-such-thing", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("_framework/blazor.web", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
