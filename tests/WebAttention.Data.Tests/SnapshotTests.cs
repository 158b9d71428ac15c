using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebAttention.Data.Tests;

/// <summary>
/// What <c>HasPendingModelChanges</c> cannot see on SQLite: every string is TEXT there, so a changed
/// <c>HasMaxLength</c> makes no migration, yet the snapshot (and any other provider's migrations) would drift.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public async Task Every_max_length_in_the_model_matches_the_migrations_snapshot()
    {
        await using var database = SqliteDatabase.CreateEmpty();
        await using var context = database.CreateContext();
        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        Assert.NotNull(snapshot);
        var model = context.GetService<IDesignTimeModel>().Model;

        var drift = (
            from entity in model.GetEntityTypes()
            from property in entity.GetProperties()
            let snapshotProperty = snapshot.FindEntityType(entity.Name)?.FindProperty(property.Name)
            where snapshotProperty is null || snapshotProperty.GetMaxLength() != property.GetMaxLength()
            select $"{entity.ShortName()}.{property.Name}: model {property.GetMaxLength()}, snapshot {snapshotProperty?.GetMaxLength()}").ToList();

        Assert.True(drift.Count == 0, "Add a migration; max lengths differ: " + string.Join("; ", drift));
    }
}
