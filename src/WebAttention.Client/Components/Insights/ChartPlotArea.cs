using MudBlazor.Charts;

namespace WebAttention.Client.Components.Insights;

/// <summary>
/// Where MudBlazor's line chart draws its series inside its SVG, as insets in pixels from the SVG's edges (the chart
/// sizes its view box to the element, so one unit is one pixel). Read from MudBlazor's own layout constants so that a
/// MudBlazor upgrade that moves them moves the markers too; valid while the y-axis labels are narrower than the minimum
/// left space and the x-axis labels lower than the minimum bottom space (the attention chart shows neither).
/// Never rendered: it derives from the line chart only to read those protected constants.
/// </summary>
public sealed class ChartPlotArea : Line<double>
{
    private ChartPlotArea()
    {
    }

    /// <summary>Space left of the plot (the y-axis labels' minimum space).</summary>
    public const double Left = MinHorizontalStartSpace;

    /// <summary>Space right of the plot.</summary>
    public const double Right = HorizontalEndSpace;

    /// <summary>Space above the plot.</summary>
    public const double Top = VerticalEndSpace;

    /// <summary>Space below the plot (the x-axis labels' minimum space).</summary>
    public const double Bottom = MinVerticalStartSpace;
}
