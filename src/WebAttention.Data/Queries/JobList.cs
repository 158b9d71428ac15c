using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Admin;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Queries;

/// <summary>
/// The dashboard's job list as one EF query: filters become WHERE clauses the Jobs indexes serve
/// (state/kind + created, created, clip), newest first, one page at a time.
/// </summary>
public static class JobList
{
    /// <summary>The jobs matching <paramref name="query"/>, newest first (not yet paged).</summary>
    public static IQueryable<Job> Filter(AppDbContext db, JobListQuery query)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var jobs = db.Jobs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            jobs = jobs.Where(j => j.Kind == query.Kind);
        }
        if (query.State is { } state)
        {
            jobs = jobs.Where(j => j.State == state);
        }
        if (query.ClipId is { } clipId)
        {
            jobs = jobs.Where(j => j.ClipId == clipId);
        }
        if (query.From is { } from)
        {
            jobs = jobs.Where(j => j.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            jobs = jobs.Where(j => j.CreatedAt < to);
        }
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim();
            var normalized = owner.ToUpperInvariant();
            var owners = db.Users.Where(u => u.Id == owner || u.NormalizedEmail == normalized).Select(u => u.Id);
            jobs = jobs.Where(j => db.Clips.Any(c => c.Id == j.ClipId && owners.Contains(c.OwnerId)));
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            jobs = jobs.Where(j => (j.Error != null && j.Error.Contains(text)) || (j.Stage != null && j.Stage.Contains(text))
                || j.Kind.Contains(text) || db.Clips.Any(c => c.Id == j.ClipId && c.Title.Contains(text)));
        }
        return jobs.OrderByDescending(j => j.CreatedAt);
    }

    /// <summary>One page of <see cref="Filter"/> with clip titles and owners, and the total.</summary>
    public static async Task<JobPage> PageAsync(AppDbContext db, JobListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, JobListQuery.MaxPageSize);
        var page = Math.Max(0, query.Page);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await Rows(db, filtered.Skip(page * size).Take(size)).ToListAsync(cancellationToken);
        return new JobPage(total, rows);
    }

    /// <summary>Rows of <paramref name="jobs"/> joined with their clip and owner (either may be gone).</summary>
    public static IQueryable<JobRow> Rows(AppDbContext db, IQueryable<Job> jobs)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from j in jobs
               join c in db.Clips on j.ClipId equals c.Id into clips
               from c in clips.DefaultIfEmpty()
               join u in db.Users on c.OwnerId equals u.Id into users
               from u in users.DefaultIfEmpty()
               select new JobRow(
                   j.Id, j.Kind, j.Queue, j.State, j.ClipId, c == null ? null : c.Title, u == null ? null : u.Email,
                   j.Attempts, j.MaxAttempts, j.Stage, j.FramesDone, j.FramesTotal, j.Device, j.Worker,
                   j.Error, j.CreatedAt, j.StartedAt, j.FinishedAt);
    }
}
