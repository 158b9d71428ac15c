using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Hubs;
using WebAttention.Core.Models;
using WebAttention.Core.Review;
using WebAttention.Core.Uploads;
using WebAttention.Reliability.Tests.Authorization;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Headers;

/// <summary>
/// Issue 15 item 6, rate limits: with a limit of N per window (RateLimits section), N requests pass and the N+1th is
/// refused: 429 with Retry-After over HTTP (register, log-in, redeem, model upload), a HubException naming the wait
/// for the clips hub's BeginUpload. The real server over loopback; limits set small through configuration.
/// </summary>
public sealed class RateLimitTests(ITestOutputHelper output)
{
    private const int Limit = 3;

    [Fact]
    public async Task The_request_past_each_limit_gets_429_with_retry_after()
    {
        await using var server = new AuthzServer(new Dictionary<string, string?>
        {
            ["RateLimits:Auth:PermitLimit"] = "1000",
            ["RateLimits:Uploads:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        // Accounts first (under the generous limit of this server), then a server per limited policy would cost a
        // start each: the auth policy gets its own server below.
        var admin = await TestUser.RegisterAsync(server.BaseAddress, $"admin-{Guid.NewGuid():N}@example.test");
        var table = new ReliabilityTable("rate-limits", "check", "expected", "observed");

        var modelUploads = new List<HttpResponseMessage>();
        for (var i = 0; i <= Limit; i++)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), ModelRoutes.UploadField, "model.zip" } };
            modelUploads.Add(await admin.Http.PostAsync(ModelRoutes.Models, form));
        }
        Record(table, $"POST /api/models × {Limit + 1} (limit {Limit})", modelUploads);

        await using var auth = new AuthzServer(new Dictionary<string, string?> { ["RateLimits:Auth:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var anonymous = new HttpClient { BaseAddress = auth.BaseAddress };
        var logins = new List<HttpResponseMessage>();
        for (var i = 0; i <= Limit; i++)
        {
            logins.Add(await anonymous.PostAsJsonAsync(ApiRoutes.Login, new Credentials("nobody@example.test", "wrong-password")));
        }
        Record(table, $"POST /api/auth/login × {Limit + 1} (limit {Limit}, shared with register and redeem)", logins);
        using var register = await anonymous.PostAsJsonAsync(ApiRoutes.Register, new Credentials($"late-{Guid.NewGuid():N}@example.test", "correct-horse-9"));
        using var redeem = await anonymous.PostAsJsonAsync(ReviewRoutes.Redeem, new RedeemShareLinkRequest("no-such-token", "x"));
        Record(table, "POST /api/auth/register after them", [register]);
        Record(table, "POST /api/review/redeem after them", [redeem]);
        table.Publish(output);

        AssertLimited(modelUploads, window: 600);
        AssertLimited(logins, window: 60);
        AssertRefused(register, window: 60);
        AssertRefused(redeem, window: 60);
        modelUploads.ForEach(r => r.Dispose());
        logins.ForEach(r => r.Dispose());
        await admin.DisposeAsync();
    }

    [Fact]
    public async Task Beginning_uploads_past_the_limit_is_refused_with_the_wait()
    {
        await using var server = new AuthzServer(new Dictionary<string, string?>
        {
            ["RateLimits:Uploads:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:Uploads:WindowSeconds"] = "600",
        });
        await using var user = await TestUser.RegisterAsync(server.BaseAddress);
        await using var other = await TestUser.RegisterAsync(server.BaseAddress);
        var hub = await user.ConnectAsync();
        for (var i = 0; i < Limit; i++)
        {
            var session = await hub.InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest($"clip-{i}.mp4", 4096));
            // Cancelled at once: the limit counts uploads begun, not uploads open.
            await hub.InvokeAsync(ClipHubContract.CancelUpload, session.UploadId);
        }
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest("one-too-many.mp4", 4096)));
        // Per account: another user is not held back by the first one's uploads.
        var others = await (await other.ConnectAsync()).InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest("other.mp4", 4096));

        var table = new ReliabilityTable("rate-limits-upload", "check", "expected", "observed");
        table.Add($"BeginUpload #{Limit + 1} (limit {Limit} per 600 s)", "HubException with the wait", refused.Message);
        table.Add("BeginUpload by another account", "accepted", others.UploadId == Guid.Empty ? "refused" : "accepted");
        table.Publish(output);
        Assert.Matches(@"Too many uploads started: try again in \d+ s\.$", refused.Message);
        Assert.NotEqual(Guid.Empty, others.UploadId);
        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    private static void Record(ReliabilityTable table, string check, IReadOnlyList<HttpResponseMessage> responses) =>
        table.Add(check, responses.Count > 1 ? $"{responses.Count - 1} × not 429, then 429 + Retry-After" : "429 + Retry-After",
            string.Join(", ", responses.Select(r => $"{(int)r.StatusCode}{(r.Headers.RetryAfter is { } a ? $" (Retry-After {Seconds(a)})" : "")}")));

    private static void AssertLimited(IReadOnlyList<HttpResponseMessage> responses, int window)
    {
        Assert.All(responses.Take(responses.Count - 1), r => Assert.NotEqual(HttpStatusCode.TooManyRequests, r.StatusCode));
        AssertRefused(responses[^1], window);
    }

    /// <summary>429 with a Retry-After of whole seconds within the limit's window.</summary>
    private static void AssertRefused(HttpResponseMessage response, int window)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var wait = Seconds(response.Headers.RetryAfter ?? throw new Xunit.Sdk.XunitException("429 without Retry-After"));
        Assert.InRange(wait, 1, window);
    }

    private static double Seconds(RetryConditionHeaderValue value) => value.Delta?.TotalSeconds ?? double.NaN;
}
