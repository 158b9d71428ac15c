using System.Text.Json;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;

namespace WebAttention.Server.Admin;

/// <summary>Pure: a job's stage timeline (from its timings JSON) and its finished-job counts per hour.</summary>
public static class JobTimeline
{
    /// <summary>Stages in the order they ran, with frames per second where the job counted frames.</summary>
    public static IReadOnlyList<JobStageTiming> Stages(string? timingsJson, long framesTotal)
    {
        if (string.IsNullOrWhiteSpace(timingsJson))
        {
            return [];
        }
        Dictionary<string, double>? timings;
        try
        {
            timings = JsonSerializer.Deserialize<Dictionary<string, double>>(timingsJson);
        }
        catch (JsonException)
        {
            return [];
        }
        return (timings ?? []).Select(t => new JobStageTiming(t.Key, t.Value,
            framesTotal > 0 && t.Value > 0 ? Math.Round(framesTotal / t.Value, 1) : null)).ToList();
    }

    /// <summary>Finished jobs per hour from <paramref name="since"/> (whole hours, UTC), empty hours included.</summary>
    public static IReadOnlyList<JobStatsPoint> PerHour(IEnumerable<(DateTime FinishedAt, JobState State)> finished, DateTime since, DateTime until)
    {
        var start = new DateTime(since.Year, since.Month, since.Day, since.Hour, 0, 0, DateTimeKind.Utc);
        var hours = Math.Max(1, (int)Math.Ceiling((until - start).TotalHours));
        var points = Enumerable.Range(0, hours).Select(h => new int[3]).ToArray();
        foreach (var (at, state) in finished)
        {
            var index = (int)Math.Floor((at - start).TotalHours);
            if (index < 0 || index >= hours)
            {
                continue;
            }
            var slot = state switch { JobState.Succeeded => 0, JobState.Failed => 1, JobState.Cancelled => 2, _ => -1 };
            if (slot >= 0)
            {
                points[index][slot]++;
            }
        }
        return points.Select((p, i) => new JobStatsPoint(start.AddHours(i), p[0], p[1], p[2])).ToList();
    }
}
