using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Review;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// A browser-like review participant: an HttpClient with its own cookie jar (account or guest cookie) and a
/// review hub connection carrying the same cookies, recording everything the hub sends it.
/// </summary>
public sealed class ReviewClient : IAsyncDisposable
{
    private HubConnection? _hub;

    private ReviewClient(Uri baseAddress, CookieContainer cookies, string label)
    {
        BaseAddress = baseAddress;
        Cookies = cookies;
        Label = label;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }
    public CookieContainer Cookies { get; }
    public HttpClient Http { get; }
    public string Label { get; }
    public ReviewIdentity? Identity { get; private set; }
    public HubConnection Hub => _hub ?? throw new InvalidOperationException("Not connected.");

    public ConcurrentQueue<IReadOnlyList<PresenceMember>> Presence { get; } = new();
    public ConcurrentQueue<PlaybackState> Playback { get; } = new();
    public ConcurrentQueue<CommentView> Comments { get; } = new();
    public ConcurrentQueue<ApprovalView> Approvals { get; } = new();
    public ConcurrentQueue<CropPathEdited> Edits { get; } = new();
    public ConcurrentQueue<KeyframeOverwritten> Overwritten { get; } = new();
    public ConcurrentQueue<string> Revoked { get; } = new();
    public ConcurrentQueue<MentionNotice> Mentioned { get; } = new();
    public TaskCompletionSource<Exception?> Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>No cookies at all.</summary>
    public static ReviewClient Anonymous(Uri baseAddress, string label = "anonymous") => new(baseAddress, new CookieContainer(), label);

    /// <summary>Shares a signed-in account's cookie jar.</summary>
    public static ReviewClient For(Testing.TestUser user, string label) => new(user.BaseAddress, user.Cookies, label);

    /// <summary>A guest who opened <paramref name="token"/> under <paramref name="name"/>.</summary>
    public static async Task<ReviewClient> GuestAsync(Uri baseAddress, string token, string name, string? password = null)
    {
        var client = Anonymous(baseAddress, name);
        using var response = await client.RedeemAsync(token, name, password);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Redeeming answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        client.Identity = await response.Content.ReadFromJsonAsync<ReviewIdentity>();
        return client;
    }

    public Task<HttpResponseMessage> RedeemAsync(string token, string name, string? password = null) =>
        Http.PostAsJsonAsync(ReviewRoutes.Redeem, new RedeemShareLinkRequest(token, name, password));

    /// <summary>Starts a hub connection (WebSockets, JSON) with this client's cookies.</summary>
    public async Task<HubConnection> ConnectAsync()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, ReviewHubContract.Route), o => o.Cookies = Cookies)
            .Build();
        hub.On<IReadOnlyList<PresenceMember>>(nameof(IReviewClient.PresenceChanged), m => Presence.Enqueue(m));
        hub.On<PlaybackState>(nameof(IReviewClient.PlaybackChanged), s => Playback.Enqueue(s));
        hub.On<CommentView>(nameof(IReviewClient.CommentChanged), c => Comments.Enqueue(c));
        hub.On<ApprovalView>(nameof(IReviewClient.ApprovalAdded), a => Approvals.Enqueue(a));
        hub.On<CropPathEdited>(nameof(IReviewClient.CropPathEdited), e => Edits.Enqueue(e));
        hub.On<KeyframeOverwritten>(nameof(IReviewClient.KeyframeOverwritten), o => Overwritten.Enqueue(o));
        hub.On<string>(nameof(IReviewClient.AccessRevoked), r => Revoked.Enqueue(r));
        hub.On<MentionNotice>(nameof(IReviewClient.Mentioned), n => Mentioned.Enqueue(n));
        hub.Closed += e =>
        {
            Closed.TrySetResult(e);
            return Task.CompletedTask;
        };
        await hub.StartAsync();
        _hub = hub;
        return hub;
    }

    public Task<RoomSnapshot> JoinAsync(Guid clipId) => Hub.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, clipId);

    /// <summary>Waits (generously) until <paramref name="condition"/> holds; fails naming what was awaited.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }
            await Task.Delay(20, CancellationToken.None);
        }
    }

    /// <summary>Waits (generously) until the asynchronous <paramref name="condition"/> holds, e.g. a read over HTTP.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
        Http.Dispose();
    }
}
