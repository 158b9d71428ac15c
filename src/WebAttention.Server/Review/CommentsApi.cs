using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Review;

/// <summary>Comments on frames and regions: read (view), write/reply/resolve (comment), edit or delete one's own (owners may delete any).</summary>
public static class CommentsApi
{
    public static IEndpointRouteBuilder MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/clips/{id:guid}/comments");
        group.MapGet("", ListAsync);
        group.MapPost("", AddAsync);
        group.MapPut("/{commentId:guid}", EditAsync);
        group.MapDelete("/{commentId:guid}", DeleteAsync);
        group.MapPost("/{commentId:guid}/resolve", (Guid id, Guid commentId, HttpContext http, ReviewAccess access, AppDbContext db, ReviewBroadcast broadcast, CancellationToken ct) =>
            SetResolvedAsync(id, commentId, true, http, access, db, broadcast, ct));
        group.MapPost("/{commentId:guid}/reopen", (Guid id, Guid commentId, HttpContext http, ReviewAccess access, AppDbContext db, ReviewBroadcast broadcast, CancellationToken ct) =>
            SetResolvedAsync(id, commentId, false, http, access, db, broadcast, ct));
        return app;
    }

    private static async Task<IResult> ListAsync(Guid id, HttpContext http, ReviewAccess access, AppDbContext db, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.View, cancellationToken);
        if (check.Actor is null)
        {
            return check.ToResult();
        }
        var rows = await db.ReviewComments.AsNoTracking().Where(c => c.ClipId == id).ToListAsync(cancellationToken);
        var names = rows.Select(r => r.AuthorName).ToList();
        return Results.Ok(rows.OrderBy(r => r.FirstFrame).ThenBy(r => r.CreatedAt).Select(r => View(r, names)).ToArray());
    }

    private static async Task<IResult> AddAsync(Guid id, NewCommentRequest? request, HttpContext http, ReviewAccess access, AppDbContext db,
        CommentAttention attention, ReviewRooms rooms, ReviewBroadcast broadcast, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, ReviewScope.Comment, cancellationToken);
        if (check.Actor is not { } actor)
        {
            return check.ToResult();
        }
        var clip = await db.Clips.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        if (Problem(request, clip.FrameCount) is { } problem)
        {
            return ShareLinksApi.Problem(StatusCodes.Status400BadRequest, problem);
        }
        if (request!.ParentId is { } parent && !await db.ReviewComments.AnyAsync(c => c.Id == parent && c.ClipId == id, cancellationToken))
        {
            return ShareLinksApi.Problem(StatusCodes.Status400BadRequest, "The comment replied to does not exist on this clip.");
        }
        var comment = new ReviewComment
        {
            Id = Guid.NewGuid(),
            ClipId = id,
            ParentId = request.ParentId,
            Aspect = string.IsNullOrWhiteSpace(request.Aspect) ? null : request.Aspect.Trim(),
            FirstFrame = request.FirstFrame,
            LastFrame = request.LastFrame ?? request.FirstFrame,
            RegionX = request.Region?.X,
            RegionY = request.Region?.Y,
            RegionWidth = request.Region?.Width,
            RegionHeight = request.Region?.Height,
            Body = request.Body.Trim(),
            AuthorKey = actor.Key,
            AuthorName = actor.Name,
            Attention = await attention.AtAsync(id, request.FirstFrame, request.Region, cancellationToken),
        };
        db.ReviewComments.Add(comment);
        ReviewAudit.Add(db, id, actor, AuditKinds.CommentAdded, $"{(comment.ParentId is null ? "comment" : "reply")} {comment.Id:N} at frame {comment.FirstFrame}" + (comment.LastFrame != comment.FirstFrame ? $"–{comment.LastFrame}" : string.Empty));
        await db.SaveChangesAsync(cancellationToken);
        var view = View(comment, await NamesAsync(db, rooms, id, cancellationToken));
        await broadcast.CommentAsync(view);
        await broadcast.MentionsAsync(view);
        return Results.Created(ReviewRoutes.Comment(id, comment.Id), view);
    }

    private static async Task<IResult> EditAsync(Guid id, Guid commentId, EditCommentRequest? request, HttpContext http, ReviewAccess access, AppDbContext db,
        ReviewRooms rooms, ReviewBroadcast broadcast, CancellationToken cancellationToken)
    {
        var (comment, actor, denied) = await FindAsync(id, commentId, ReviewScope.Comment, http, access, db, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }
        if (comment!.AuthorKey != actor!.Key || comment.DeletedAt is not null)
        {
            return ShareLinksApi.Problem(StatusCodes.Status403Forbidden, "Only the author can edit a comment, and not once it is deleted.");
        }
        if (BodyProblem(request?.Body) is { } problem)
        {
            return ShareLinksApi.Problem(StatusCodes.Status400BadRequest, problem);
        }
        var names = await NamesAsync(db, rooms, id, cancellationToken);
        var mentionedBefore = ReviewText.Mentions(comment.Body, names);
        comment.Body = request!.Body.Trim();
        comment.EditedAt = DateTime.UtcNow;
        ReviewAudit.Add(db, id, actor, AuditKinds.CommentEdited, $"comment {comment.Id:N}");
        await db.SaveChangesAsync(cancellationToken);
        var view = View(comment, names);
        await broadcast.CommentAsync(view);
        // Only members the edit newly names are told; those named before were told when they were first named.
        await broadcast.MentionsAsync(view with { Mentions = [.. view.Mentions.Except(mentionedBefore, StringComparer.OrdinalIgnoreCase)] });
        return Results.Ok(view);
    }

    private static async Task<IResult> DeleteAsync(Guid id, Guid commentId, HttpContext http, ReviewAccess access, AppDbContext db,
        ReviewRooms rooms, ReviewBroadcast broadcast, CancellationToken cancellationToken)
    {
        var (comment, actor, denied) = await FindAsync(id, commentId, ReviewScope.Comment, http, access, db, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }
        if (comment!.AuthorKey != actor!.Key && actor.Scope < ReviewScope.Manage)
        {
            return ShareLinksApi.Problem(StatusCodes.Status403Forbidden, "Only the author or the clip's owner can delete a comment.");
        }
        if (comment.DeletedAt is null)
        {
            comment.DeletedAt = DateTime.UtcNow;
            comment.Body = string.Empty;
            ReviewAudit.Add(db, id, actor, AuditKinds.CommentDeleted, $"comment {comment.Id:N}");
            await db.SaveChangesAsync(cancellationToken);
        }
        var view = View(comment, await NamesAsync(db, rooms, id, cancellationToken));
        await broadcast.CommentAsync(view);
        return Results.Ok(view);
    }

    private static async Task<IResult> SetResolvedAsync(Guid id, Guid commentId, bool resolved, HttpContext http, ReviewAccess access, AppDbContext db,
        ReviewBroadcast broadcast, CancellationToken cancellationToken)
    {
        var (comment, actor, denied) = await FindAsync(id, commentId, ReviewScope.Comment, http, access, db, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }
        if (comment!.Resolved != resolved)
        {
            comment.Resolved = resolved;
            comment.ResolvedAt = resolved ? DateTime.UtcNow : null;
            comment.ResolvedBy = resolved ? actor!.Name : null;
            ReviewAudit.Add(db, id, actor!, resolved ? AuditKinds.CommentResolved : AuditKinds.CommentReopened, $"comment {comment.Id:N}");
            await db.SaveChangesAsync(cancellationToken);
        }
        var view = View(comment, []);
        await broadcast.CommentAsync(view);
        return Results.Ok(view);
    }

    private static async Task<(ReviewComment? Comment, ReviewActor? Actor, IResult? Denied)> FindAsync(
        Guid id, Guid commentId, ReviewScope scope, HttpContext http, ReviewAccess access, AppDbContext db, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(http, id, scope, cancellationToken);
        if (check.Actor is null)
        {
            return (null, null, check.ToResult());
        }
        var comment = await db.ReviewComments.FirstOrDefaultAsync(c => c.Id == commentId && c.ClipId == id, cancellationToken);
        return comment is null ? (null, null, Results.NotFound()) : (comment, check.Actor, null);
    }

    private static async Task<List<string>> NamesAsync(AppDbContext db, ReviewRooms rooms, Guid clipId, CancellationToken cancellationToken)
    {
        var authors = await db.ReviewComments.AsNoTracking().Where(c => c.ClipId == clipId).Select(c => c.AuthorName).Distinct().ToListAsync(cancellationToken);
        return [.. authors, .. rooms.Members(clipId).Select(m => m.DisplayName)];
    }

    /// <summary>Null when the request is usable; otherwise what is wrong.</summary>
    internal static string? Problem(NewCommentRequest? request, long frameCount)
    {
        if (request is null)
        {
            return "Send the comment's body and frame.";
        }
        if (BodyProblem(request.Body) is { } body)
        {
            return body;
        }
        var last = request.LastFrame ?? request.FirstFrame;
        if (request.FirstFrame < 0 || last < request.FirstFrame || (frameCount > 0 && last >= frameCount))
        {
            return $"Frames {request.FirstFrame}–{last} are not a range inside the clip (0 to {Math.Max(0, frameCount - 1)}).";
        }
        if (request.Aspect is { Length: > 16 })
        {
            return "The aspect is too long.";
        }
        return RegionAttention.Check(request.Region);
    }

    private static string? BodyProblem(string? body) =>
        string.IsNullOrWhiteSpace(body) ? "The comment is empty."
        : body.Length > ReviewText.MaxBody ? $"A comment holds at most {ReviewText.MaxBody} characters."
        : null;

    internal static CommentView View(ReviewComment c, IReadOnlyCollection<string> names) => new(
        c.Id, c.ClipId, c.ParentId, c.Aspect, c.FirstFrame, c.LastFrame,
        c.RegionX is { } x ? new RegionBox(x, c.RegionY ?? 0, c.RegionWidth ?? 0, c.RegionHeight ?? 0) : null,
        c.Body, c.AuthorKey, c.AuthorName, c.DeletedAt is null ? ReviewText.Mentions(c.Body, names) : [], c.Attention,
        c.Resolved, c.CreatedAt, c.EditedAt, c.DeletedAt is not null);
}
