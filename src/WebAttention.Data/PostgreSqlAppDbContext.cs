using Microsoft.EntityFrameworkCore;

namespace WebAttention.Data;

/// <summary>
/// The application's model on PostgreSQL (scale-out mode). Same entities and configurations as
/// <see cref="AppDbContext"/>; it exists so the PostgreSQL migrations (Migrations/PostgreSql) have a context of
/// their own, apart from the SQLite set. The server resolves it as <see cref="AppDbContext"/>.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
