using System.Diagnostics;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;

namespace WebAttention.Testing;

/// <summary>Polls the clip API until a clip leaves the queue/analysis states.</summary>
public static class ClipWaiter
{
    /// <summary>
    /// Uploads <paramref name="file"/> as <paramref name="user"/> over the hub and waits (3 minutes at most) until
    /// its analysis is done. Throws, with the server's reason, when the clip ends Failed.
    /// </summary>
    public static async Task<ClipSummary> UploadUntilReadyAsync(TestUser user, string name, byte[] file)
    {
        ArgumentNullException.ThrowIfNull(user);
        var upload = await TestUploader.UploadAsync(await user.ConnectAsync(), name, file);
        var clipId = upload.ClipId ?? throw new InvalidOperationException($"Upload of '{name}' was refused: {upload.Error}");
        var clip = await WaitUntilSettledAsync(user.Http, clipId, TimeSpan.FromMinutes(3));
        return clip.Status == ClipStatus.Ready
            ? clip
            : throw new InvalidOperationException($"Clip '{name}' ended {clip.Status}: {clip.Error}");
    }

    /// <summary>Polls until the clip is Ready or Failed; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
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
