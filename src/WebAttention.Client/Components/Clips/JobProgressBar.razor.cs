using System.Globalization;
using Microsoft.AspNetCore.Components;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Components.Clips;

/// <summary>
/// Live progress of a clip's job: the stage in words with its own count ("Analysing frames 39/351"), frame rate
/// and device. Within a stage the bar never moves back (a late report of an earlier count is not shown).
/// </summary>
public sealed partial class JobProgressBar
{
    /// <summary>Latest progress message; nothing is shown while null.</summary>
    [Parameter, EditorRequired]
    public JobProgress? Progress { get; set; }

    /// <summary>What is on screen: the latest report, unless it would step back within its stage.</summary>
    private JobProgress? Shown { get; set; }

    /// <summary>Words for a job stage, as the bar shows them ("analyse" → "Analysing frames").</summary>
    public static string StageLabel(string? stage) => stage switch
    {
        "queued" => "Queued",
        "proxy" => "Preparing the preview",
        "analyse" => "Analysing frames",
        "focus" => "Finding the focus",
        "shots" => "Finding shots",
        "solve" => "Planning the crop",
        "render" => "Rendering",
        "files" => "Writing files",
        null or "" => "Working",
        _ => char.ToUpperInvariant(stage[0]) + stage[1..],
    };

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Progress is not { } next)
        {
            Shown = null;
            return;
        }
        var sameJob = Shown is { } shown && shown.JobId == next.JobId;
        if (sameJob && next.State == JobState.Running && JobProgress.GoesBackwards(Shown!.Stage, Shown.FramesDone, next.Stage, next.FramesDone))
        {
            // Keep the count shown; take the rest (rate, device) from the newer report.
            Shown = next with { FramesDone = Shown.FramesDone, FramesTotal = Shown.FramesTotal };
            return;
        }
        Shown = next;
    }

    private double Percent => Shown is { FramesTotal: > 0 } p ? Math.Clamp(100.0 * p.FramesDone / p.FramesTotal, 0, 100) : 0;

    private string Description
    {
        get
        {
            if (Shown is not { } p)
            {
                return string.Empty;
            }
            var frames = p.FramesTotal > 0
                ? string.Create(CultureInfo.InvariantCulture, $" {p.FramesDone:N0}/{p.FramesTotal:N0}")
                : p.FramesDone > 0 ? string.Create(CultureInfo.InvariantCulture, $" {p.FramesDone:N0}") : string.Empty;
            var rate = p.FramesPerSecond > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {p.FramesPerSecond:0.#} fps") : string.Empty;
            var device = string.IsNullOrWhiteSpace(p.Device) ? string.Empty : $" · {p.Device}";
            return $"{StageLabel(p.Stage)}{frames}{rate}{device}";
        }
    }
}
