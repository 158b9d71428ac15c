using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Reframing;

namespace WebAttention.Server.Review;

/// <summary>Approvals per crop path revision and aspect; the audit log.</summary>
public static class ApprovalsApi
{
    public static IEndpointRouteBuilder MapApprovalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/clips/{id:guid}/approvals", ListAsync);
        app.MapPost("/api/clips/{id:guid}/approvals", AddAsync);
        app.MapGet("/api/clips/{id:guid}/audit", AuditAsync);
        app.MapGet("/api/clips/{id:guid}/review-sessions", SessionsAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(Guid id, HttpContext http, ReviewAccess access, AppDbContext db, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.View, cancellationToken);
        if (check.Actor is null)
        {
            return check.ToResult();
        }
        var rows = await db.Approvals.AsNoTracking().Where(a => a.ClipId == id).ToListAsync(cancellationToken);
        return Results.Ok(rows.OrderByDescending(a => a.CreatedAt).Select(View).ToArray());
    }

    private static async Task<IResult> AddAsync(Guid id, NewApprovalRequest? request, HttpContext http, ReviewAccess access, AppDbContext db,
        CropPathStore store, ReviewBroadcast broadcast, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Comment, cancellationToken);
        if (check.Actor is not { } actor)
        {
            return check.ToResult();
        }
        if (request is null || !Enum.IsDefined(request.Verdict))
        {
            return ShareLinksApi.Problem(StatusCodes.Status400BadRequest, "Send the aspect, the revision and a verdict (Approved or ChangesRequested).");
        }
        if (!ReframeInput.TryParseAspect(request.Aspect, out var aspect, out var error))
        {
            return ShareLinksApi.Problem(StatusCodes.Status400BadRequest, error);
        }
        if (request.Comment is { Length: > Approval.MaxCommentLength })
        {
            return ShareLinksApi.Problem(StatusCodes.Status400BadRequest, $"The comment holds at most {Approval.MaxCommentLength} characters.");
        }
        var latest = await store.LatestAsync(id, aspect, cancellationToken);
        if (latest is null)
        {
            return ShareLinksApi.Problem(StatusCodes.Status404NotFound, $"The clip has no {aspect} crop path.");
        }
        if (request.Revision != latest.Revision)
        {
            return Results.Problem(
                $"Revision {request.Revision} of {aspect} is not the latest (the latest is {latest.Revision}): review revision {latest.Revision} and decide on that one.",
                statusCode: StatusCodes.Status409Conflict, title: "Not the latest revision");
        }
        var approval = new Approval
        {
            Id = Guid.NewGuid(),
            ClipId = id,
            Aspect = latest.Aspect,
            Revision = latest.Revision,
            CropPathId = latest.Id,
            Verdict = request.Verdict,
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
            ActorKey = actor.Key,
            ActorName = actor.Name,
        };
        db.Approvals.Add(approval);
        ReviewAudit.Add(db, id, actor, AuditKinds.Approval, $"{approval.Verdict} {approval.Aspect} r{approval.Revision}" + (approval.Comment is null ? string.Empty : $": {approval.Comment}"));
        await db.SaveChangesAsync(cancellationToken);
        var view = View(approval);
        await broadcast.ApprovalAsync(view);
        return Results.Created(ReviewRoutes.Approvals(id), view);
    }

    private static async Task<IResult> AuditAsync(Guid id, HttpContext http, ReviewAccess access, AppDbContext db, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Manage, cancellationToken);
        if (check.Actor is null)
        {
            return check.ToResult();
        }
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.ClipId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return Results.Ok(rows.Select(e => new AuditEventView(e.Id, e.ClipId, e.Actor, e.ActorName, e.Kind, e.Detail, e.At)).ToArray());
    }

    private static async Task<IResult> SessionsAsync(Guid id, HttpContext http, ReviewAccess access, AppDbContext db, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Manage, cancellationToken);
        if (check.Actor is null)
        {
            return check.ToResult();
        }
        var rows = await db.ReviewSessions.AsNoTracking().Where(s => s.ClipId == id).ToListAsync(cancellationToken);
        return Results.Ok(rows.OrderBy(s => s.JoinedAt).Select(s => new ReviewSessionView(
            s.Id, s.ClipId, s.ActorKey, s.DisplayName, s.UserId, s.ShareLinkId, Utc(s.JoinedAt), s.LeftAt is { } left ? Utc(left) : null, s.PresenterSeconds)).ToArray());
    }

    // SQLite gives times back unspecified; they were written as UTC.
    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static ApprovalView View(Approval a) => new(a.Id, a.ClipId, a.Aspect, a.Revision, a.Verdict, a.Comment, a.ActorName, a.CreatedAt);
}
