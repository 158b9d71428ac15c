using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Review;

namespace WebAttention.Testing;

/// <summary>What a fan-out run measured: seek sent → received by every follower, per seek.</summary>
public sealed record ReviewFanoutResult(int Followers, int Seeks, IReadOnlyList<double> LatenciesMs, int Errors, IReadOnlyList<string> ErrorMessages)
{
    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public override string ToString() =>
        $"review fan-out: {Followers} followers + 1 presenter in one room, {Seeks} seeks: p50 {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms, max {(LatenciesMs.Count == 0 ? double.NaN : LatenciesMs.Max()):0.0} ms (seek sent → received by all), errors {Errors}";
}

/// <summary>
/// The review room load run: the owner presents, <c>followers</c> guest connections (one guest link, one guest
/// cookie shared by all: redeeming is rate limited per address) join the room, the presenter seeks one seek at a
/// time and each seek is timed until every follower has it. A seek not seen by all within the timeout is an error.
/// </summary>
public static class ReviewFanout
{
    public static async Task<ReviewFanoutResult> RunAsync(TestUser owner, Guid clipId, int followers, int seeks, TimeSpan? perSeekTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var timeout = perSeekTimeout ?? TimeSpan.FromSeconds(10);
        var errors = new List<string>();
        using var share = await owner.Http.PostAsJsonAsync(ReviewRoutes.Shares(clipId), new CreateShareLinkRequest(ReviewScope.View), cancellationToken);
        share.EnsureSuccessStatusCode();
        var link = (await share.Content.ReadFromJsonAsync<CreatedShareLink>(cancellationToken))!;
        var guestCookies = new CookieContainer();
        using (var guestHttp = new HttpClient(new HttpClientHandler { CookieContainer = guestCookies }) { BaseAddress = owner.BaseAddress })
        {
            using var redeemed = await guestHttp.PostAsJsonAsync(ReviewRoutes.Redeem, new RedeemShareLinkRequest(link.Token, "load guest"), cancellationToken);
            redeemed.EnsureSuccessStatusCode();
        }

        // seek index → followers that have it, and when the last one did (Stopwatch ticks).
        var received = new ConcurrentDictionary<int, int>();
        var lastArrival = new ConcurrentDictionary<int, long>();
        var connections = new List<HubConnection>();
        try
        {
            var presenter = Connect(owner.BaseAddress, owner.Cookies);
            connections.Add(presenter);
            await presenter.StartAsync(cancellationToken);
            await presenter.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, clipId, cancellationToken);
            await presenter.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId, cancellationToken);
            for (var i = 0; i < followers; i++)
            {
                var follower = Connect(owner.BaseAddress, guestCookies);
                follower.On<PlaybackState>(nameof(IReviewClient.PlaybackChanged), state =>
                {
                    var now = Stopwatch.GetTimestamp();
                    if (SeekIndex(state.Position) is { } seek && received.AddOrUpdate(seek, 1, (_, n) => n + 1) == followers)
                    {
                        lastArrival[seek] = now;
                    }
                });
                connections.Add(follower);
                await follower.StartAsync(cancellationToken);
                await follower.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, clipId, cancellationToken);
            }

            var latencies = new List<double>();
            for (var seek = 1; seek <= seeks; seek++)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    await presenter.InvokeAsync<PlaybackState>(ReviewHubContract.Playback, clipId, new PlaybackCommand(false, Position(seek), 1), cancellationToken);
                    var deadline = Stopwatch.StartNew();
                    while (!lastArrival.ContainsKey(seek) && deadline.Elapsed < timeout)
                    {
                        await Task.Delay(1, cancellationToken);
                    }
                    if (lastArrival.TryGetValue(seek, out var arrived))
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
                    }
                    else
                    {
                        errors.Add($"seek {seek}: {received.GetValueOrDefault(seek)} of {followers} followers had it after {timeout.TotalSeconds:0} s");
                    }
                }
                catch (HubException e)
                {
                    errors.Add($"seek {seek}: {e.Message}");
                }
            }
            return new ReviewFanoutResult(followers, seeks, latencies, errors.Count, errors);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Seek i goes to i/10 s + 1 ms, so each arrival names its seek.</summary>
    private static double Position(int seek) => seek / 10.0 + 0.001;

    private static int? SeekIndex(double position)
    {
        var seek = (int)Math.Round((position - 0.001) * 10);
        return seek > 0 && Math.Abs(Position(seek) - position) < 1e-9 ? seek : null;
    }

    private static HubConnection Connect(Uri baseAddress, CookieContainer cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, ReviewHubContract.Route), o => o.Cookies = cookies)
            .AddMessagePackProtocol()
            .Build();
}
