using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WebAttention.Core;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Queries;
using WebAttention.Server.Auth;

namespace WebAttention.Server.Admin;

/// <summary>The operations dashboard's endpoints under <see cref="AdminRoutes.Root"/>: Admins only.</summary>
public static class AdminApi
{
    /// <summary>Largest bulk action.</summary>
    public const int MaxBulk = 1000;

    public static IServiceCollection AddAdminServices(this IServiceCollection services)
    {
        services.AddScoped<JobActions>();
        services.AddScoped<WorkerDirectory>();
        services.AddScoped<StorageUsage>();
        services.AddScoped<AdminUsers>();
        return services;
    }

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admin = app.MapGroup(AdminRoutes.Root).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapGet("/jobs", ListJobsAsync);
        admin.MapGet("/jobs/stats", StatsAsync);
        admin.MapGet("/jobs/{id:guid}", JobAsync);
        admin.MapPost("/jobs/bulk", BulkAsync);
        admin.MapGet("/workers", (WorkerDirectory workers, CancellationToken ct) => workers.ListAsync(ct));
        admin.MapGet("/storage", (StorageUsage storage, CancellationToken ct) => storage.ReportAsync(ct));
        admin.MapPost("/storage/orphans", (StorageUsage storage, CancellationToken ct) => storage.CleanOrphansAsync(ct));
        admin.MapGet("/users", (AdminUsers users, CancellationToken ct) => users.ListAsync(ct));
        admin.MapPut("/users/{id}/roles", SetRolesAsync);
        admin.MapPut("/users/{id}/lock", SetLockAsync);
        return app;
    }

    private static Task<JobPage> ListJobsAsync(
        AppDbContext db, string? kind, JobState? state, string? owner, Guid? clipId, DateTime? from, DateTime? to, string? search,
        int? page, int? pageSize, CancellationToken cancellationToken) =>
        JobList.PageAsync(db, new JobListQuery
        {
            Kind = kind, State = state, Owner = owner, ClipId = clipId, Search = search,
            From = from?.ToUniversalTime(), To = to?.ToUniversalTime(),
            Page = page ?? 0, PageSize = pageSize ?? 25,
        }, cancellationToken);

    private static async Task<Results<Ok<JobDetail>, NotFound>> JobAsync(Guid id, AppDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return TypedResults.NotFound();
        }
        var row = await JobList.Rows(db, db.Jobs.AsNoTracking().Where(j => j.Id == id)).SingleAsync(cancellationToken);
        var log = (job.Log ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return TypedResults.Ok(new JobDetail(
            row, JobTimeline.Stages(job.StageTimings, job.FramesTotal), job.FramesPerSecond, job.ErrorDetail, log,
            job.EngineJobId, job.Aspect, job.Payload));
    }

    private static async Task<Results<Ok<JobBulkResult>, ProblemHttpResult>> BulkAsync(
        JobBulkRequest? request, JobActions actions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request?.Ids is not { Count: > 0 and <= MaxBulk })
        {
            return TypedResults.Problem($"Give between 1 and {MaxBulk} job ids.", statusCode: StatusCodes.Status400BadRequest);
        }
        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? user.RequireUserId();
        return TypedResults.Ok(await actions.ApplyAsync(request, email, cancellationToken));
    }

    private static async Task<IReadOnlyList<JobStatsPoint>> StatsAsync(AppDbContext db, int? hours, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow;
        var since = until.AddHours(-Math.Clamp(hours ?? 24, 1, 24 * 31));
        var finished = await db.Jobs.AsNoTracking().Where(j => j.FinishedAt != null && j.FinishedAt >= since)
            .Select(j => new { j.FinishedAt, j.State }).ToListAsync(cancellationToken);
        return JobTimeline.PerHour(finished.Select(f => (f.FinishedAt!.Value, f.State)), since, until);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> SetRolesAsync(
        string id, UserRolesRequest? request, AdminUsers users, ClaimsPrincipal user)
    {
        var outcome = await users.SetRolesAsync(id, request?.Roles ?? [], user.RequireUserId());
        return Outcome(outcome);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> SetLockAsync(
        string id, UserLockRequest? request, AdminUsers users, ClaimsPrincipal user)
    {
        if (request is null)
        {
            return TypedResults.Problem("Send {\"locked\": true|false}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return Outcome(await users.SetLockedAsync(id, request.Locked, user.RequireUserId()));
    }

    private static Results<NoContent, NotFound, ProblemHttpResult> Outcome(string? outcome) => outcome switch
    {
        null => TypedResults.NotFound(),
        "" => TypedResults.NoContent(),
        _ => TypedResults.Problem(outcome, statusCode: StatusCodes.Status400BadRequest),
    };
}
