using MudBlazor;

namespace WebAttention.Client.Layout;

/// <summary>The app shell: MudBlazor providers, app bar with device chip and user menu, page body.</summary>
public partial class MainLayout
{
    /// <summary>Theme of the app: dark, with a warm accent like the heatmaps.</summary>
    protected static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#ff8a3d",
            Secondary = "#5cc8ff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
