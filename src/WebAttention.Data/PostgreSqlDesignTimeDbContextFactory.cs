using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WebAttention.Data;

/// <summary>
/// Lets `dotnet ef migrations add Name --context PostgreSqlAppDbContext --output-dir Migrations/PostgreSql` build
/// the PostgreSQL context without the server or a running database (adding a migration does not connect).
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
