using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using WebAttention.Data.Entities;

namespace WebAttention.Data;

/// <summary>
/// The application's database: Identity plus clips, uploads, jobs and crop paths. This type carries the SQLite
/// migrations; <see cref="PostgreSqlAppDbContext"/> is the same model with the PostgreSQL migrations set.
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider-specific subclass, whose migrations are attributed to its own type.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Clip> Clips => Set<Clip>();
    public DbSet<Upload> Uploads => Set<Upload>();
    public DbSet<Job> Jobs => Set<Job>();
    /// <summary>Crop path revisions (one row per solve or edit).</summary>
    public DbSet<CropPathRecord> CropPaths => Set<CropPathRecord>();
    /// <summary>Review share links (token hashes), grants, comments, approvals and the audit log.</summary>
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<ReviewGrant> ReviewGrants => Set<ReviewGrant>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<Approval> Approvals => Set<Approval>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    /// <summary>Members' stays in review rooms (join, leave, presenter time).</summary>
    public DbSet<ReviewSession> ReviewSessions => Set<ReviewSession>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>
    /// SQLite cannot alter a column, so EF rebuilds the table around <c>PRAGMA foreign_keys = 0</c>, which SQLite only
    /// honours outside a transaction; EF warns about that on every fresh database. It is how every SQLite rebuild
    /// works, not a fault to act on, so it is logged as information (other warnings stay warnings).
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)));
    }
}
