using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WebAttention.Core;
using WebAttention.Core.Admin;
using WebAttention.Core.Models;
using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using static WebAttention.Reliability.Tests.Authorization.AccessRule;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>How to call one endpoint in one cell: the URL (route parameters filled) and body, built fresh per cell.</summary>
public delegate Task<HttpRequestMessage> CellRequest(MatrixContext context, string method, string pattern);

/// <summary>An endpoint's expected rule and, where the default (parameters filled, "{}" body) will not do, its request.</summary>
public sealed record EndpointCase(AccessRule Rule, CellRequest? Request = null);

/// <summary>
/// THE expected-rule table: every HTTP endpoint of the app, keyed "METHOD route-pattern" as the app's own
/// EndpointDataSource names it. An endpoint missing here fails <c>Every_endpoint_and_hub_method_has_a_rule</c>
/// with its name. Pages (Razor component routes) and static files are classified by their metadata, not listed.
/// Route parameters: {id} is the owner's clip, {linkId}/{commentId} a fresh link/comment of the owner's per cell,
/// {aspect} 9x16, {kind} json, {chunk} 0, {name} the default model.
/// </summary>
public static class EndpointTable
{
    public static readonly IReadOnlyDictionary<string, EndpointCase> Endpoints = new Dictionary<string, EndpointCase>(StringComparer.Ordinal)
    {
        // Accounts.
        ["POST /api/auth/register"] = new(Public, Json(_ => new Credentials($"new-{Guid.NewGuid():N}@example.test", AuthzWorld.Password))),
        ["POST /api/auth/login"] = new(Public, Json(c => new Credentials(c.World.Reviewer.Info.Email, AuthzWorld.Password))),
        ["POST /api/auth/logout"] = new(SignedIn),
        ["GET /api/auth/me"] = new(SignedIn),

        // The creator's clips (ClipAccess: owner or Admin; another's clip reads as 404).
        ["GET /api/clips/"] = new(SignedIn),
        ["GET /api/clips/{id:guid}"] = new(OwnerOrAdmin),
        ["DELETE /api/clips/{id:guid}"] = new(OwnerOrAdmin, async (c, m, _) => new HttpRequestMessage(HttpMethod.Delete, ApiRoutes.Clip(await c.FreshClipAsync()))),
        ["GET /api/clips/{id:guid}/video"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/thumbnail"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/saliency/index"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/saliency/chunks/{chunk:int:min(0)}"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/saliency/frames"] = new(OwnerOrAdmin, Url(c => ApiRoutes.SaliencyFrames(c.World.ClipA, 0, 1))),
        ["GET /api/clips/{id:guid}/saliency/timeline"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/faces"] = new(OwnerOrAdmin),

        // Reframing and exports (owner or Admin).
        ["POST /api/clips/{id:guid}/croppaths"] = new(OwnerOrAdmin, Json(_ => new ReframeRequestDto([AuthzWorld.Aspect]))),
        ["GET /api/clips/{id:guid}/croppaths"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/croppaths/{aspect}"] = new(OwnerOrAdmin),
        ["PUT /api/clips/{id:guid}/croppaths/{aspect}/keyframes"] = new(OwnerOrAdmin, Json(async c =>
            (object)new KeyframeEdit(await c.World.LatestRevisionAsync(c.World.ClipA), [new CropKeyframeView(10, 160, 90, true)]))),
        ["POST /api/clips/{id:guid}/exports"] = new(OwnerOrAdmin, Json(_ => new ExportRequest([AuthzWorld.Aspect]))),
        ["GET /api/clips/{id:guid}/exports"] = new(OwnerOrAdmin),
        ["GET /api/clips/{id:guid}/exports/{aspect}/{kind}"] = new(OwnerOrAdmin),

        // Models and system.
        ["GET /api/system"] = new(SignedIn),
        ["GET /api/models/"] = new(SignedIn),
        ["GET /api/models/{name}/model.onnx"] = new(SignedIn),
        ["GET /api/live/pipeline"] = new(SignedIn),
        ["POST /api/models/"] = new(Admin),
        ["PUT /api/models/default"] = new(Admin, Json(c => new DefaultModelRequest(c.ModelName))),
        ["DELETE /api/models/{name}"] = new(Admin, Url(_ => ModelRoutes.Model("no-such-model"))),

        // Operations dashboard.
        ["GET /api/admin/jobs"] = new(Admin),
        ["GET /api/admin/jobs/stats"] = new(Admin),
        ["GET /api/admin/jobs/{id:guid}"] = new(Admin, Url(c => $"/api/admin/jobs/{c.JobId}")),
        ["POST /api/admin/jobs/bulk"] = new(Admin, Json(c => new JobBulkRequest(JobAction.Retry, [c.JobId]))),
        ["GET /api/admin/workers"] = new(Admin),
        ["GET /api/admin/storage"] = new(Admin),
        ["POST /api/admin/storage/orphans"] = new(Admin),
        ["GET /api/admin/users"] = new(Admin),
        ["PUT /api/admin/users/{id}/roles"] = new(Admin, Json(_ => new UserRolesRequest([Roles.Creator]), c => $"/api/admin/users/{c.BystanderId}/roles")),
        ["PUT /api/admin/users/{id}/lock"] = new(Admin, Json(_ => new UserLockRequest(false), c => $"/api/admin/users/{c.BystanderId}/lock")),

        // Review (ReviewAccess: another clip, or none, reads as 404; too low a scope 403).
        ["POST /api/clips/{id:guid}/shares"] = new(ReviewAt(ReviewScope.Manage), Json(_ => new CreateShareLinkRequest(ReviewScope.View))),
        ["GET /api/clips/{id:guid}/shares"] = new(ReviewAt(ReviewScope.Manage)),
        ["DELETE /api/clips/{id:guid}/shares/{linkId:guid}"] = new(ReviewAt(ReviewScope.Manage)),
        ["GET /api/clips/{id:guid}/review/me"] = new(ReviewAt(ReviewScope.View)),
        ["POST /api/review/redeem"] = new(Public, Json(async c => (object)new RedeemShareLinkRequest(await c.FreshRedeemTokenAsync(), "matrix"))),
        ["GET /api/review/shared"] = new(SignedIn),
        ["GET /api/clips/{id:guid}/comments/"] = new(ReviewAt(ReviewScope.View)),
        ["POST /api/clips/{id:guid}/comments/"] = new(ReviewAt(ReviewScope.Comment), Json(_ => new NewCommentRequest("a note", 5))),
        ["PUT /api/clips/{id:guid}/comments/{commentId:guid}"] = new(Author, Json(_ => new EditCommentRequest("changed"))),
        ["DELETE /api/clips/{id:guid}/comments/{commentId:guid}"] = new(ReviewAt(ReviewScope.Manage)),
        ["POST /api/clips/{id:guid}/comments/{commentId:guid}/resolve"] = new(ReviewAt(ReviewScope.Comment)),
        ["POST /api/clips/{id:guid}/comments/{commentId:guid}/reopen"] = new(ReviewAt(ReviewScope.Comment)),
        ["GET /api/clips/{id:guid}/approvals"] = new(ReviewAt(ReviewScope.View)),
        ["POST /api/clips/{id:guid}/approvals"] = new(ReviewAt(ReviewScope.Comment), Json(async c =>
            (object)new NewApprovalRequest(AuthzWorld.Aspect, await c.World.LatestRevisionAsync(c.World.ClipA), ApprovalVerdict.Approved))),
        ["GET /api/clips/{id:guid}/audit"] = new(ReviewAt(ReviewScope.Manage)),
        ["GET /api/clips/{id:guid}/review-sessions"] = new(ReviewAt(ReviewScope.Manage)),
        ["GET /api/clips/{id:guid}/review/room"] = new(ReviewAt(ReviewScope.View)),
        ["GET /api/clips/{id:guid}/review/video"] = new(ReviewAt(ReviewScope.View)),

        // Health and metrics ("*": mapped for every method; called with GET).
        ["* /health"] = new(Public),
        ["* /alive"] = new(Public),
        ["* /metrics"] = new(LoopbackOrAdmin),

        // Hubs: negotiate over HTTP here (POST, as clients do); their methods are the hub matrix.
        ["* /hubs/clips/negotiate"] = new(SignedIn, Url(_ => "/hubs/clips/negotiate?negotiateVersion=1")),
        ["* /hubs/live/negotiate"] = new(SignedIn, Url(_ => "/hubs/live/negotiate?negotiateVersion=1")),
        ["* /hubs/review/negotiate"] = new(Public, Url(_ => "/hubs/review/negotiate?negotiateVersion=1")),
    };

    /// <summary>
    /// Served by middleware, not by an endpoint, so absent from the endpoint list: listed by hand and called all the same.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, EndpointCase> Middleware = new Dictionary<string, EndpointCase>(StringComparer.Ordinal)
    {
        ["GET /admin/hangfire"] = new(Admin),
        ["GET /admin/hangfire/jobs/enqueued"] = new(Admin, Url(_ => "/admin/hangfire/jobs/enqueued")),
    };

    /// <summary>The default request: route parameters filled, "{}" as the body of a POST or PUT.</summary>
    public static async Task<HttpRequestMessage> DefaultRequest(MatrixContext context, string method, string pattern)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), await FillAsync(context, pattern));
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }
        return request;
    }

    private static CellRequest Url(Func<MatrixContext, string> url) => (c, m, _) =>
    {
        var request = new HttpRequestMessage(new HttpMethod(m), url(c));
        if (m is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }
        return Task.FromResult(request);
    };

    private static CellRequest Json(Func<MatrixContext, object> body, Func<MatrixContext, string>? url = null) =>
        Json(c => Task.FromResult(body(c)), url);

    private static CellRequest Json(Func<MatrixContext, Task<object>> body, Func<MatrixContext, string>? url = null) => async (c, m, p) =>
    {
        var value = await body(c);
        return new HttpRequestMessage(new HttpMethod(m), url?.Invoke(c) ?? await FillAsync(c, p)) { Content = JsonContent.Create(value, value.GetType()) };
    };

    private static readonly Regex Parameter = new(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}", RegexOptions.Compiled);

    /// <summary>The pattern with each route parameter replaced by a real value of the owner's (fresh where a call consumes it).</summary>
    public static async Task<string> FillAsync(MatrixContext context, string pattern)
    {
        var url = pattern;
        foreach (Match match in Parameter.Matches(pattern))
        {
            var name = match.Groups["name"].Value;
            var value = name switch
            {
                "id" or "ClipId" => context.World.ClipA.ToString(),
                "chunk" => "0",
                "aspect" => ApiRoutes.AspectSlug(AuthzWorld.Aspect),
                "kind" => "json",
                "name" => context.ModelName,
                "linkId" => (await context.FreshLinkAsync()).ToString(),
                "commentId" => (await context.FreshCommentAsync()).ToString(),
                "Token" => "no-such-token",
                _ => throw new InvalidOperationException($"No value for route parameter '{name}' in {pattern}: add one to EndpointTable.FillAsync."),
            };
            url = url.Replace(match.Value, value, StringComparison.Ordinal);
        }
        return url;
    }
}
