using System.Globalization;
using Microsoft.AspNetCore.Components;
using WebAttention.Core.Saliency;
using Geometry = WebAttention.Client.Studio.AttentionChartGeometry;

namespace WebAttention.Client.Components.Insights;

/// <summary>
/// Attention over time under the player: focus (how concentrated attention is) and the horizontal centre of
/// attention, drawn by MudBlazor's line chart (<see cref="AttentionSeriesPlot"/>), with shot cuts and a playhead that
/// follows the video drawn over the chart's plot area (<see cref="ChartPlotArea"/>); clicking the chart seeks there, as does clicking a comment marker.
/// Only the markers re-render as the playhead moves.
/// </summary>
public sealed partial class AttentionChart
{
    private static readonly string PlotAreaInsets = string.Create(CultureInfo.InvariantCulture,
        $"top: {ChartPlotArea.Top}px; right: {ChartPlotArea.Right}px; bottom: {ChartPlotArea.Bottom}px; left: {ChartPlotArea.Left}px");

    /// <summary>The clip's timeline; null while loading or when the clip has none.</summary>
    [Parameter]
    public AttentionTimelineView? Timeline { get; set; }

    /// <summary>Whether the timeline is still being fetched.</summary>
    [Parameter]
    public bool Loading { get; set; }

    /// <summary>Frame on screen.</summary>
    [Parameter]
    public long Frame { get; set; }

    /// <summary>First frames of shots (cuts).</summary>
    [Parameter]
    public IReadOnlyList<long> Cuts { get; set; } = [];

    /// <summary>Frames where review comments start, drawn as markers that seek there when clicked (as on the review seek bar).</summary>
    [Parameter]
    public IReadOnlyList<long> Markers { get; set; } = [];

    /// <summary>Raised with the frame clicked or chosen on the chart.</summary>
    [Parameter]
    public EventCallback<long> OnSeek { get; set; }

    /// <summary>The frame at the plot's right edge: the last sample's (the chart spaces samples evenly).</summary>
    private long LastFrame => Timeline is null ? 0 : Geometry.LastFrame(Timeline.Step, Timeline.Focus.Length);

    private string X(long frame) => Geometry.X(frame, LastFrame).ToString("0.##", CultureInfo.InvariantCulture);

    private string Percent(long frame) => (Geometry.X(frame, LastFrame) / Geometry.Width * 100).ToString("0.##", CultureInfo.InvariantCulture);

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
