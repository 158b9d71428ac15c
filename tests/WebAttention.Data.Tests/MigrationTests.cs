using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Clips;

namespace WebAttention.Data.Tests;

/// <summary>The server runs <c>Database.MigrateAsync</c> at every start; these pin that it works and stays complete.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_none_pending()
    {
        await using var database = SqliteDatabase.CreateEmpty();
        await using var context = database.CreateContext();

        Assert.NotEmpty(await context.Database.GetPendingMigrationsAsync());
        await context.Database.MigrateAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [InlineData("Clips")]
    [InlineData("Uploads")]
    [InlineData("Jobs")]
    [InlineData("CropPaths")]
    [InlineData("ShareLinks")]
    [InlineData("ReviewGrants")]
    [InlineData("ReviewComments")]
    [InlineData("Approvals")]
    [InlineData("AuditEvents")]
    [InlineData("ReviewSessions")]
    [InlineData("AspNetUsers")]
    [InlineData("AspNetRoles")]
    [InlineData("AspNetUserRoles")]
    public async Task Migrations_create_the_table(string table)
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();

        var count = await database.ScalarAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'");

        Assert.Equal(1L, count);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        // Fails when an entity or configuration changed without `dotnet ef migrations add`.
        await using var database = SqliteDatabase.CreateEmpty();
        await using var context = database.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), "The model differs from the migrations snapshot: add a migration.");
    }

    [Fact]
    public async Task Migrating_again_on_restart_keeps_the_data()
    {
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        var clip = Entities.Clip();
        await using (var context = database.CreateContext())
        {
            context.Clips.Add(clip);
            await context.SaveChangesAsync();
        }

        await using (var restarted = database.CreateContext())
        {
            await restarted.Database.MigrateAsync();
            var kept = await restarted.Clips.SingleAsync();
            Assert.Equal(clip.Id, kept.Id);
            Assert.Equal(ClipStatus.Queued, kept.Status);
        }
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_on_the_servers_connection_string()
    {
        // Crop-path cascade and the no-orphan guarantee depend on SQLite's foreign_keys pragma being on.
        await using var database = await SqliteDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();

        var enabled = await context.Database.SqlQueryRaw<long>("SELECT foreign_keys AS Value FROM pragma_foreign_keys").SingleAsync();

        Assert.Equal(1L, enabled);
    }
}
