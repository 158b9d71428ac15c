using System.Globalization;
using Microsoft.AspNetCore.Components;
using WebAttention.Core.Saliency;
using Geometry = WebAttention.Client.Studio.AttentionChartGeometry;

namespace WebAttention.Client.Components.Insights;

/// <summary>
/// Attention over time under the player: focus (how concentrated attention is) and the horizontal centre of
/// attention, shot cuts, and a playhead that follows the video; clicking the chart seeks there.
/// </summary>
public sealed partial class AttentionChart
{
    private AttentionTimelineView? drawnTimeline;
    private long drawnFrameCount;
    private string focusPoints = "";
    private string centrePoints = "";

    /// <summary>The clip's timeline; null while loading or when the clip has none.</summary>
    [Parameter]
    public AttentionTimelineView? Timeline { get; set; }

    /// <summary>Whether the timeline is still being fetched.</summary>
    [Parameter]
    public bool Loading { get; set; }

    /// <summary>Frame on screen.</summary>
    [Parameter]
    public long Frame { get; set; }

    /// <summary>Frames in the clip (the x scale, shared with the seek bar and lanes).</summary>
    [Parameter]
    public long FrameCount { get; set; }

    /// <summary>First frames of shots (cuts).</summary>
    [Parameter]
    public IReadOnlyList<long> Cuts { get; set; } = [];

    /// <summary>Raised with the frame clicked or chosen on the chart.</summary>
    [Parameter]
    public EventCallback<long> OnSeek { get; set; }

    private long Scale => FrameCount > 0 ? FrameCount : Timeline?.FrameCount ?? 0;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // The polylines only change with the data, not with the playhead.
        if (!ReferenceEquals(drawnTimeline, Timeline) || drawnFrameCount != Scale)
        {
            drawnTimeline = Timeline;
            drawnFrameCount = Scale;
            focusPoints = Timeline is null ? "" : Geometry.Points(Timeline.Focus, Timeline.Step, Scale);
            centrePoints = Timeline is null ? "" : Geometry.Points(Timeline.CentroidX, Timeline.Step, Scale);
        }
    }

    private string X(long frame) => Geometry.X(frame, Scale).ToString("0.##", CultureInfo.InvariantCulture);

    private string Current(float[]? values)
    {
        if (Timeline is null || values is null)
        {
            return "";
        }
        var i = Geometry.SampleAt(Frame, Timeline.Step, values.Length);
        return i < 0 ? "" : values[i].ToString("0.00", CultureInfo.InvariantCulture);
    }

    private Task SeekAsync(ChangeEventArgs e) =>
        long.TryParse(e.Value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var frame)
            ? OnSeek.InvokeAsync(frame)
            : Task.CompletedTask;
}
