using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Jobs;

namespace WebAttention.Data.Tests;

/// <summary>The PostgreSQL migrations set (scale-out mode): complete without a server, and working on a real one.</summary>
public sealed class PostgreSqlTests
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_PostgreSql_migrations()
    {
        // Fails when an entity or configuration changed with only a SQLite migration added:
        // `dotnet ef migrations add Name --context PostgreSqlAppDbContext --output-dir Migrations/PostgreSql`.
        await using var context = new PostgreSqlAppDbContext(
            new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        Assert.False(context.Database.HasPendingModelChanges(), "The model differs from the PostgreSQL migrations snapshot: add a PostgreSQL migration.");
    }

    [Fact]
    public async Task The_two_providers_have_their_own_migrations()
    {
        await using var postgres = new PostgreSqlAppDbContext(
            new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        await using var sqlite = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);

        var postgresMigrations = postgres.Database.GetMigrations().ToList();
        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();

        Assert.NotEmpty(postgresMigrations);
        Assert.NotEmpty(sqliteMigrations);
        Assert.Empty(postgresMigrations.Intersect(sqliteMigrations));
    }

    [PostgreSqlFact]
    public async Task Migrations_apply_to_an_empty_PostgreSql_database_and_leave_none_pending()
    {
        await using var database = await PostgreSqlDatabase.CreateEmptyAsync();
        await using var context = database.CreateContext();

        await context.Database.MigrateAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [PostgreSqlFact]
    public async Task A_stranded_job_is_claimed_by_a_conditional_update_only_one_node_wins_on_PostgreSql()
    {
        // JobDispatchRecovery's claim: several nodes sweep at once; only one may hand the row to the engine.
        await using var database = await PostgreSqlDatabase.CreateEmptyAsync();
        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync();
        }
        var clip = Entities.Clip();
        var job = Entities.Job(clip.Id);
        await using (var context = database.CreateContext())
        {
            context.Clips.Add(clip);
            context.Jobs.Add(job);
            await context.SaveChangesAsync();
        }

        async Task<int> ClaimAsync(string node)
        {
            await using var context = database.CreateContext();
            return await context.Jobs.Where(j => j.Id == job.Id && j.EngineJobId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.EngineJobId, "claim:" + node));
        }
        var claims = await Task.WhenAll(ClaimAsync("a"), ClaimAsync("b"), ClaimAsync("c"));

        Assert.Equal(1, claims.Sum());
        await using var check = database.CreateContext();
        var stored = await check.Jobs.SingleAsync(j => j.Id == job.Id);
        Assert.StartsWith("claim:", stored.EngineJobId, StringComparison.Ordinal);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
    }
}
