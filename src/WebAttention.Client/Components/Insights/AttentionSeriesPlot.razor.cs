using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Core.Saliency;
using Geometry = WebAttention.Client.Studio.AttentionChartGeometry;

namespace WebAttention.Client.Components.Insights;

/// <summary>
/// The attention chart's two series (focus, horizontal centre) drawn by MudBlazor's line chart on a fixed 0–1 y axis,
/// without axis labels, legend or tooltips so that its plot area is <see cref="ChartPlotArea"/>. Renders only when the
/// timeline changes: the playhead moves several times a second and must not rebuild the chart.
/// </summary>
public sealed partial class AttentionSeriesPlot
{
    private readonly LineChartOptions options = new()
    {
        ShowLegend = false,
        ShowToolTips = false,
        YAxisTicks = 1,
        YAxisSuggestedMax = 1,
        YAxisRequireZeroPoint = true,
        YAxisToStringFunc = _ => "",
        LineStrokeWidth = 2,
        ChartPalette = ["var(--mud-palette-primary)", "var(--mud-palette-secondary)"],
    };

    private AttentionTimelineView? drawn;
    private List<ChartSeries<double>> series = [];
    private bool seriesChanged;

    /// <summary>The clip's timeline.</summary>
    [Parameter, EditorRequired]
    public AttentionTimelineView Timeline { get; set; } = null!;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(drawn, Timeline))
        {
            drawn = Timeline;
            seriesChanged = true;
            series =
            [
                new ChartSeries<double>(Geometry.Values(Timeline.Focus)) { Name = "Focus" },
                new ChartSeries<double>(Geometry.Values(Timeline.CentroidX)) { Name = "Horizontal centre" },
            ];
        }
    }

    /// <inheritdoc />
    protected override bool ShouldRender() => seriesChanged;

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender) => seriesChanged = false;
}
