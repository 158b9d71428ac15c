using Microsoft.Data.Sqlite;

namespace WebAttention.Server.Jobs;

/// <summary>
/// The embedded job queue (Hangfire.Storage.SQLite) has no heartbeat: a fetched job is only "invisible" for a fixed time,
/// after which another worker fetches it again even though its first worker is still running it (two attempts at once,
/// which then cancel each other and leave the job stuck). So on SQLite a fetched job stays invisible for
/// <see cref="Invisibility"/>, and a worker starting on that storage hands back what a previous, dead process had
/// fetched: in the embedded mode this process is the only worker, so nothing fetched before it started is still running.
/// </summary>
public static class SqliteQueueRelease
{
    /// <summary>How long a fetched job stays invisible on SQLite: longer than any job runs; a restart releases it at once.</summary>
    public static readonly TimeSpan Invisibility = TimeSpan.FromDays(1);

    /// <summary>Makes every fetched entry of the queue in <paramref name="jobsDatabaseFile"/> fetchable again; returns how many.</summary>
    public static int ReleaseFetched(string jobsDatabaseFile)
    {
        if (!File.Exists(jobsDatabaseFile))
        {
            return 0;
        }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = jobsDatabaseFile, Pooling = false, DefaultTimeout = 30 }.ConnectionString);
        connection.Open();
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'JobQueue'";
        if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }
        using var release = connection.CreateCommand();
        // As the storage's own Requeue does: FetchedAt = DateTime.MinValue (0 ticks). A NULL is never fetched again.
        release.CommandText = "UPDATE JobQueue SET FetchedAt = 0 WHERE FetchedAt IS NULL OR FetchedAt <> 0";
        return release.ExecuteNonQuery();
    }
}
