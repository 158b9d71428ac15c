using Microsoft.Data.Sqlite;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;

namespace WebAttention.Reliability.Tests.Crashes;

/// <summary>A job row as the product records it.</summary>
public sealed record JobRow(Guid Id, string Kind, Guid ClipId, JobState State, int Attempts);

/// <summary>
/// The rows that say whether a crash lost, stuck or duplicated anything: clips, job records and crop path revisions, read
/// straight from the embedded server's SQLite file (read-only; the server may be running or killed).
/// </summary>
public sealed record AppDatabaseSnapshot(
    IReadOnlyDictionary<Guid, ClipStatus> Clips,
    IReadOnlyList<JobRow> Jobs,
    IReadOnlyList<(Guid ClipId, Guid? JobId)> CropPaths)
{
    public static async Task<AppDatabaseSnapshot> ReadAsync(string dataRoot, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataRoot, "webattention.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        var clips = new Dictionary<Guid, ClipStatus>();
        await foreach (var r in QueryAsync(connection, "SELECT Id, Status FROM Clips", cancellationToken))
        {
            clips[r.GetGuid(0)] = (ClipStatus)r.GetInt32(1);
        }
        var jobs = new List<JobRow>();
        await foreach (var r in QueryAsync(connection, "SELECT Id, Kind, ClipId, State, Attempts FROM Jobs", cancellationToken))
        {
            jobs.Add(new JobRow(r.GetGuid(0), r.GetString(1), r.GetGuid(2), (JobState)r.GetInt32(3), r.GetInt32(4)));
        }
        var paths = new List<(Guid, Guid?)>();
        await foreach (var r in QueryAsync(connection, "SELECT ClipId, JobId FROM CropPaths", cancellationToken))
        {
            paths.Add((r.GetGuid(0), r.IsDBNull(1) ? null : r.GetGuid(1)));
        }
        return new AppDatabaseSnapshot(clips, jobs, paths);
    }

    private static async IAsyncEnumerable<SqliteDataReader> QueryAsync(SqliteConnection connection, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader;
        }
    }
}
