using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>
/// Issue 15 item 5: every endpoint and hub method of the running app × every kind of caller, over a real loopback
/// socket with real cookies. The rows are GENERATED from the app's own endpoint list and hub types; the expected
/// rule of each is data (<see cref="EndpointTable"/>, <see cref="HubTable"/>), so a new endpoint or hub method
/// without a rule fails with its name. Allowed: neither 401 nor 403, and no 404 where the reference caller (owner,
/// or Admin for Admin-only calls) gets an answer. Denied: 401 or 403, or 404 where the app deliberately hides
/// existence (another's clip, a clip under review without access: ClipAccess and ReviewAccess read as unknown).
/// Hub calls: a refused connection (401), a HubException naming the refusal, or a closed connection is a denial.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class AuthorizationMatrixTests(AuthzWorld world, ITestOutputHelper output)
{
    /// <summary>How many static files to call (they are public by design; there are hundreds). Env RELIABILITY_AUTHZ_STATIC_SAMPLES.</summary>
    private static readonly int StaticSamples = int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_AUTHZ_STATIC_SAMPLES"), out var n) ? n : 6;

    // What the hubs say when they refuse (ReviewAccess, UploadStore, ClipsHub), as opposed to a refusal of the arguments.
    private static readonly string[] HubDenials =
        ["No such", "needs", "Sign in", "revoked", "expired", "Join the clip's room first", "Only the presenter"];

    [Fact]
    public void Every_endpoint_and_hub_method_has_a_rule()
    {
        var endpoints = AppSurface.Endpoints(world.Server.Services);
        var missing = endpoints.Where(e => e.Kind == SurfaceKind.Api && !EndpointTable.Endpoints.ContainsKey(e.Key)).Select(e => e.Key)
            .Concat(AppSurface.HubMethods(world.Server.Services).Where(h => !HubTable.Methods.ContainsKey(h.Key)).Select(h => h.Key))
            .ToList();
        var stale = EndpointTable.Endpoints.Keys.Where(k => endpoints.All(e => e.Key != k))
            .Concat(HubTable.Methods.Keys.Where(k => AppSurface.HubMethods(world.Server.Services).All(h => h.Key != k)))
            .ToList();
        var table = new ReliabilityTable("authz-surface", "kind", "count", "examples");
        foreach (var group in endpoints.GroupBy(e => e.Kind))
        {
            table.Add(group.Key, group.Count(), string.Join(", ", group.Take(3).Select(e => e.Key)));
        }
        table.Add("hub method", AppSurface.HubMethods(world.Server.Services).Count, string.Join(", ", AppSurface.HubMethods(world.Server.Services).Take(3).Select(h => h.Key)));
        table.Publish(output);

        Assert.True(missing.Count == 0, "Endpoints or hub methods without an expected rule (add them to EndpointTable/HubTable): " + string.Join("; ", missing));
        Assert.True(stale.Count == 0, "Rules for endpoints or hub methods the app no longer has: " + string.Join("; ", stale));
        Assert.Contains(endpoints, e => e.Kind == SurfaceKind.Page);
        Assert.Contains(endpoints, e => e.Kind == SurfaceKind.HubConnection);
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_its_rule_says()
    {
        var context = await MatrixContext.CreateAsync(world);
        var surface = AppSurface.Endpoints(world.Server.Services);
        var rows = new List<(string Key, string Method, string Pattern, EndpointCase Case)>();
        foreach (var entry in surface.Where(e => e.Kind == SurfaceKind.Api && EndpointTable.Endpoints.ContainsKey(e.Key)))
        {
            // Endpoints mapped for every method ("*") are called the way their clients call them.
            var method = entry.Method != "*" ? entry.Method : entry.Pattern.EndsWith("/negotiate", StringComparison.Ordinal) ? "POST" : "GET";
            rows.Add((entry.Key, method, entry.Pattern, EndpointTable.Endpoints[entry.Key]));
        }
        foreach (var (key, @case) in EndpointTable.Middleware)
        {
            var parts = key.Split(' ', 2);
            rows.Add((key + " (middleware)", parts[0], parts[1], @case));
        }
        foreach (var page in surface.Where(e => e.Kind == SurfaceKind.Page && e.Method == "GET"))
        {
            rows.Add((page.Key + " (page)", page.Method, page.Pattern, new EndpointCase(AccessRule.Public)));
        }
        var statics = surface.Where(e => e.Kind == SurfaceKind.Static && e.Method == "GET" && !e.Pattern.Contains('{', StringComparison.Ordinal)).ToList();
        foreach (var file in statics.Where((_, i) => statics.Count <= StaticSamples || i % (statics.Count / StaticSamples) == 0).Take(StaticSamples))
        {
            rows.Add((file.Key + " (static)", file.Method, file.Pattern, new EndpointCase(AccessRule.Public)));
        }

        var principals = world.Principals;
        var table = new ReliabilityTable("authz-http-matrix", ["endpoint", "rule", .. principals.Select(p => p.Name)]);
        var failures = new List<string>();
        var unproven = 0;
        foreach (var (key, method, pattern, @case) in rows)
        {
            var statuses = new Dictionary<string, int>();
            foreach (var principal in principals)
            {
                using var client = principal.NewClient(world.BaseAddress);
                using var request = await (@case.Request ?? EndpointTable.DefaultRequest)(context, method, pattern);
                using var response = await client.SendAsync(request);
                statuses[principal.Name] = (int)response.StatusCode;
            }
            var cells = new List<object?> { key, @case.Rule.ToString() };
            foreach (var principal in principals)
            {
                var (cell, failure, isUnproven) = Judge(@case.Rule, principal.Name, statuses[principal.Name], statuses[@case.Rule.Reference]);
                cells.Add(cell);
                unproven += isUnproven ? 1 : 0;
                if (failure is not null)
                {
                    failures.Add($"{key} as {principal.Name}: {failure}");
                }
            }
            table.Add([.. cells]);
        }
        table.Publish(output);
        var summary = new ReliabilityTable("authz-http-summary", "endpoint rows", "callers", "calls", "wrong", "404 also for the reference caller (not provable)");
        summary.Add(rows.Count, principals.Count, rows.Count * principals.Count, failures.Count, unproven);
        summary.Publish(output);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_hub_method_answers_each_caller_as_its_rule_says()
    {
        var context = await MatrixContext.CreateAsync(world);
        var principals = world.Principals;
        var table = new ReliabilityTable("authz-hub-matrix", ["hub method", "rule", .. principals.Select(p => p.Name)]);
        var failures = new List<string>();
        foreach (var (hub, _, key) in AppSurface.HubMethods(world.Server.Services))
        {
            var @case = HubTable.Methods[key];
            var cells = new List<object?> { key, @case.Rule.ToString() };
            foreach (var principal in principals)
            {
                var outcome = await CallAsync(context, hub.Name, @case, principal);
                var allowed = @case.Rule.Allows(principal.Name);
                var ok = allowed ? outcome.Passed : !outcome.Passed;
                cells.Add(outcome.Text + (ok ? string.Empty : " ✗"));
                if (!ok)
                {
                    failures.Add($"{key} as {principal.Name}: {outcome.Text} ({outcome.Detail}), expected {(allowed ? "to pass" : "a refusal")}");
                }
            }
            table.Add([.. cells]);
        }
        table.Publish(output);
        var summary = new ReliabilityTable("authz-hub-summary", "hub methods", "callers", "calls", "wrong");
        summary.Add(table.Rows.Count, principals.Count, table.Rows.Count * principals.Count, failures.Count);
        summary.Publish(output);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The cell text, why it is wrong (null when right), and whether it is a 404 that proves nothing.</summary>
    private static (string Cell, string? Failure, bool Unproven) Judge(AccessRule rule, string principal, int status, int reference)
    {
        var text = status.ToString(CultureInfo.InvariantCulture);
        var allowed = rule.Allows(principal);
        var refused = status is 401 or 403 || (status == 404 && reference != 404);
        if (allowed)
        {
            return refused
                ? (text + " ✗", $"answered {status} (reference {reference}), expected to pass", false)
                : (text, null, status == 404);
        }
        if (status is 401 or 403 or 404)
        {
            return (text, null, status == 404 && reference == 404);
        }
        return (text + " ✗", $"answered {status}, expected 401/403 (or 404 hiding the clip)", false);
    }

    private sealed record HubOutcome(bool Passed, string Text, string Detail);

    private static async Task<HubOutcome> CallAsync(MatrixContext context, string hub, HubCase @case, Principal principal)
    {
        var (route, messagePack) = HubTable.Endpoint(hub);
        var builder = new HubConnectionBuilder().WithUrl(new Uri(context.World.BaseAddress, route), o =>
        {
            o.Cookies = principal.Cookies;
            o.Transports = HttpTransportType.WebSockets;
        });
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        await using var connection = builder.Build();
        try
        {
            await connection.StartAsync();
        }
        catch (HttpRequestException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new HubOutcome(false, ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture), "refused at connect");
        }
        try
        {
            if (@case.JoinFirst)
            {
                try
                {
                    await connection.InvokeAsync<Core.Review.RoomSnapshot>(Core.Review.ReviewHubContract.Join, context.World.ClipA);
                }
                catch (HubException)
                {
                    // A refused join: the method itself must refuse as well.
                }
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await @case.Call(context, connection).WaitAsync(timeout.Token);
            return new HubOutcome(true, "ok", "");
        }
        catch (HubException ex) when (HubDenials.Any(d => ex.Message.Contains(d, StringComparison.Ordinal)))
        {
            return new HubOutcome(false, "refused", ex.Message);
        }
        catch (HubException ex)
        {
            // The call reached the method and was refused for its arguments: access was granted.
            return new HubOutcome(true, "ok (args)", ex.Message);
        }
        catch (Exception ex) when (connection.State != HubConnectionState.Connected)
        {
            return new HubOutcome(false, "closed", ex.Message);
        }
    }
}

/// <summary>One server and world for the matrix tests.</summary>
[CollectionDefinition(Name)]
public sealed class AuthorizationCollection : ICollectionFixture<AuthzWorld>
{
    public const string Name = "authorization matrix";
}
