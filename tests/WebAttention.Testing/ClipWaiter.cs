using System.Diagnostics;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;

namespace WebAttention.Testing;

/// <summary>Polls the clip API until a clip leaves the queue/analysis states.</summary>
public static class ClipWaiter
{
    public static async Task<ClipSummary> WaitUntilSettledAsync(HttpClient http, Guid clipId, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(http);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var clip = await http.GetFromJsonAsync<ClipSummary>(ApiRoutes.Clip(clipId));
            if (clip!.Status is ClipStatus.Ready or ClipStatus.Failed)
            {
                return clip;
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Clip {clipId} still {clip.Status} after {timeout.TotalSeconds:0} s.");
            }
            await Task.Delay(250);
        }
    }
}
