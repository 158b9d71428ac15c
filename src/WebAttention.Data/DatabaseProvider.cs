using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WebAttention.Data;

/// <summary>Which database the app runs on (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file in the data folder: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by web and worker nodes (scale-out).</summary>
    PostgreSql,
}

/// <summary>Registers <see cref="AppDbContext"/> on the configured provider, each with its own migrations set.</summary>
public static class DatabaseRegistration
{
    /// <summary>
    /// Adds <see cref="AppDbContext"/>; on PostgreSQL the registered type is <see cref="PostgreSqlAppDbContext"/>,
    /// so <c>MigrateAsync</c> applies the PostgreSQL migrations.
    /// </summary>
    public static IServiceCollection AddAppDatabase(
        this IServiceCollection services, DatabaseProvider provider, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return provider switch
        {
            DatabaseProvider.PostgreSql => services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>(
                (sp, options) => options.UseNpgsql(connectionString(sp))),
            DatabaseProvider.Sqlite => services.AddDbContext<AppDbContext>(
                (sp, options) => options.UseSqlite(connectionString(sp))),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider must be Sqlite or PostgreSql."),
        };
    }
}
