using System.Globalization;
using Microsoft.AspNetCore.Components;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Components.Clips;

/// <summary>Live progress of a clip's analysis job: stage, frames and frame rate.</summary>
public sealed partial class JobProgressBar
{
    /// <summary>Latest progress message; nothing is shown while null.</summary>
    [Parameter, EditorRequired]
    public JobProgress? Progress { get; set; }

    private double Percent => Progress is { FramesTotal: > 0 } p ? Math.Clamp(100.0 * p.FramesDone / p.FramesTotal, 0, 100) : 0;

    private string Description
    {
        get
        {
            if (Progress is not { } p)
            {
                return string.Empty;
            }
            var frames = p.FramesTotal > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{p.FramesDone:N0}/{p.FramesTotal:N0} frames")
                : string.Create(CultureInfo.InvariantCulture, $"{p.FramesDone:N0} frames");
            var rate = p.FramesPerSecond > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {p.FramesPerSecond:0.#} fps") : string.Empty;
            var device = string.IsNullOrWhiteSpace(p.Device) ? string.Empty : $" · {p.Device}";
            return $"{p.Stage}: {frames}{rate}{device}";
        }
    }
}
