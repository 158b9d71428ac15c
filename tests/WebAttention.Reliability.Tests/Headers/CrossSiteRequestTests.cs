using System.Net;
using System.Net.Http.Json;
using WebAttention.Core.Models;
using WebAttention.Core.Review;
using WebAttention.Reliability.Tests.Authorization;
using WebAttention.Server.Security;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Headers;

/// <summary>
/// Issue 15 item 6, forgery: cookies authenticate the API and the multipart model upload (which a cross-site HTML
/// form can send without a preflight). A POST the browser marks cross-site (Sec-Fetch-Site, or an Origin of another
/// host) is refused with 403 and changes nothing, even when the cookie rides along (older browsers, lax cookies);
/// the app's own same-origin calls and non-browser clients pass.
/// </summary>
public sealed class CrossSiteRequestTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Cross_site_posts_with_the_cookie_are_refused_and_change_nothing()
    {
        await using var server = new AuthzServer();
        var admin = await TestUser.RegisterAsync(server.BaseAddress, $"admin-{Guid.NewGuid():N}@example.test");
        var clipId = await AuthzWorld.AddClipAsync(server, admin.Info.Id);
        var site = $"{server.BaseAddress.Scheme}://{server.BaseAddress.Authority}";
        var table = new ReliabilityTable("cross-site-requests", "request", "expected", "observed");

        var cases = new (string Name, string? FetchSite, string? Origin, bool Allowed)[]
        {
            ("form post from another site (Sec-Fetch-Site: cross-site)", "cross-site", "http://attacker.example", false),
            ("post from a sibling subdomain (Sec-Fetch-Site: same-site)", "same-site", "http://other.webattention.example", false),
            ("old browser: no Sec-Fetch-Site, Origin of another host", null, "http://attacker.example", false),
            ("sandboxed frame: Origin null", null, "null", false),
            ("the app's own page (Sec-Fetch-Site: same-origin)", "same-origin", site, true),
            ("the app's own page, old browser (Origin = this site)", null, site, true),
            ("non-browser client (no Origin, no Sec-Fetch-Site)", null, null, true),
        };
        var failures = new List<string>();
        foreach (var (name, fetchSite, origin, allowed) in cases)
        {
            var before = await SharesAsync(admin, clipId);
            using var share = new HttpRequestMessage(HttpMethod.Post, ReviewRoutes.Shares(clipId))
            {
                Content = JsonContent.Create(new CreateShareLinkRequest(ReviewScope.View)),
            };
            // A multipart model upload as an HTML form would send it.
            using var model = new HttpRequestMessage(HttpMethod.Post, ModelRoutes.Models)
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), ModelRoutes.UploadField, "model.zip" } },
            };
            foreach (var request in new[] { share, model })
            {
                if (fetchSite is not null)
                {
                    request.Headers.Add("Sec-Fetch-Site", fetchSite);
                }
                if (origin is not null)
                {
                    request.Headers.Add("Origin", origin);
                }
            }
            using var shareResponse = await admin.Http.SendAsync(share);
            using var modelResponse = await admin.Http.SendAsync(model);
            var after = await SharesAsync(admin, clipId);
            var observed = $"share {(int)shareResponse.StatusCode}, model {(int)modelResponse.StatusCode}, links {before}→{after}";
            table.Add(name, allowed ? "passes (201; model 400 for the bad zip)" : "403, nothing created", observed);
            var refused = shareResponse.StatusCode == HttpStatusCode.Forbidden && modelResponse.StatusCode == HttpStatusCode.Forbidden && after == before;
            var passed = shareResponse.StatusCode == HttpStatusCode.Created && modelResponse.StatusCode == HttpStatusCode.BadRequest && after == before + 1;
            if (allowed ? !passed : !refused)
            {
                failures.Add($"{name}: {observed}");
            }
        }
        table.Publish(output);
        await admin.DisposeAsync();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// The form posts the app itself renders: Blazor page endpoints accept POST for forms and check the antiforgery
    /// token (UseAntiforgery). Found from the endpoint list; each refuses a post without the token, cookie or not.
    /// </summary>
    [Fact]
    public async Task Page_form_posts_without_the_antiforgery_token_are_refused()
    {
        await using var server = new AuthzServer();
        var user = await TestUser.RegisterAsync(server.BaseAddress);
        var posts = AppSurface.Endpoints(server.Services).Where(e => e.Kind == SurfaceKind.Page && e.Method == "POST").ToList();
        var table = new ReliabilityTable("antiforgery-form-posts", "form post (signed in, no token)", "expected", "observed");
        var statuses = new List<int>();
        foreach (var post in posts)
        {
            var url = post.Pattern.Replace("{ClipId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{Token}", "t", StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "form", ["email"] = "x@example.test" });
            using var response = await user.Http.PostAsync(url, form);
            var body = await response.Content.ReadAsStringAsync();
            var antiforgery = body.Contains("antiforgery", StringComparison.OrdinalIgnoreCase);
            statuses.Add(antiforgery ? (int)response.StatusCode : -(int)response.StatusCode);
            table.Add($"POST {url}", "400 (antiforgery)", $"{(int)response.StatusCode}{(antiforgery ? " (antiforgery)" : " (another reason)")}");
        }
        table.Publish(output);
        await user.DisposeAsync();
        Assert.NotEmpty(posts);
        // 400 and a body naming the antiforgery token (not a refusal for another reason).
        Assert.All(statuses, s => Assert.Equal(400, s));
    }

    [Theory]
    [InlineData("GET", "cross-site", "http://attacker.example", "h", true)]
    [InlineData("POST", "none", null, "h", true)]
    [InlineData("DELETE", "cross-site", null, "h", false)]
    [InlineData("PUT", null, "http://h:8080", "h:8080", true)]
    [InlineData("PUT", null, "http://h:8080", "h:8081", false)]
    [InlineData("POST", null, "https://h", "h", true)]
    [InlineData("POST", null, "not a url", "h", false)]
    public void The_rule_reads_fetch_metadata_then_origin(string method, string? fetchSite, string? origin, string host, bool allowed) =>
        Assert.Equal(allowed, CrossSiteRequests.IsAllowed(method, fetchSite, origin, host));

    private static async Task<int> SharesAsync(TestUser user, Guid clipId) =>
        (await user.Http.GetFromJsonAsync<ShareLinkView[]>(ReviewRoutes.Shares(clipId)))!.Length;
}
