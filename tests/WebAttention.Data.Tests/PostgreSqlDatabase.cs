using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WebAttention.Data.Tests;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>WEBATTENTION_TEST_POSTGRES</c> (a connection string to a
/// database the user may create databases from, e.g. the one <c>infra/stack.sh</c> starts). Each test gets its own
/// database, dropped afterwards.
/// </summary>
internal sealed class PostgreSqlDatabase : IAsyncDisposable
{
    public const string Variable = "WEBATTENTION_TEST_POSTGRES";

    private readonly string _admin;

    private PostgreSqlDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Why PostgreSQL tests cannot run here, or null when a server is configured.</summary>
    public static string? MissingReason() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
            ? $"No PostgreSQL server: set {Variable} to a connection string (infra/stack.sh prints one; scripts/test.sh starts it in CI)."
            : null;

    public static async Task<PostgreSqlDatabase> CreateEmptyAsync(CancellationToken cancellationToken = default)
    {
        var admin = Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException(MissingReason());
        var database = new PostgreSqlDatabase(admin, "wa_test_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\"", cancellationToken);
        return database;
    }

    public AppDbContext CreateContext() =>
        new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString).Options);

    public async ValueTask DisposeAsync() => await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A test that needs the PostgreSQL server; skipped, with the reason, when none is configured.</summary>
internal sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlDatabase.MissingReason();
}
