using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WebAttention.Data.Tests;

/// <summary>
/// A real SQLite database file in its own temp folder, migrated the way the server migrates at start.
/// Each test makes its own, so tests share nothing and can run in any order.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private SqliteDatabase(string folder)
    {
        _folder = folder;
        FilePath = Path.Combine(folder, "test.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>The same connection string shape the server builds (<c>Data Source=…</c>, foreign keys on by default).</summary>
    public string ConnectionString { get; }

    /// <summary>An empty database file location (nothing created yet).</summary>
    public static SqliteDatabase CreateEmpty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "webattention-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SqliteDatabase(folder);
    }

    /// <summary>A database with every migration applied.</summary>
    public static async Task<SqliteDatabase> CreateMigratedAsync(CancellationToken cancellationToken = default)
    {
        var database = CreateEmpty();
        try
        {
            await using var context = database.CreateContext();
            await context.Database.MigrateAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh context (own change tracker), as the server gets one per request or job scope.</summary>
    public AppDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Runs a scalar SQL query on a raw connection, to see what the columns really hold.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        return ValueTask.CompletedTask;
    }
}
