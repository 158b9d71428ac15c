using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Hosting;

namespace WebAttention.Cli.Reframe;

/// <summary>Prints one aspect's outcome: a table of shots (camera mode, window) and a line of padding, saliency share and files.</summary>
internal static class ReframeSummaryTable
{
    public static void Write(CliConsole console, AspectSummary s, bool rendered)
    {
        static string F(double v, string format = "0.000") => v.ToString(format, CultureInfo.InvariantCulture);
        var table = new Table()
            .AddColumn("shot")
            .AddColumn(new TableColumn("frames").RightAligned())
            .AddColumn("camera")
            .AddColumn(new TableColumn("window").RightAligned())
            .AddColumn("padded");
        foreach (var shot in s.Shots)
        {
            table.AddRow(
                (shot.Index + 1).ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{shot.FirstFrame}–{shot.FirstFrame + shot.FrameCount - 1}"),
                shot.Mode,
                string.Create(CultureInfo.InvariantCulture, $"{shot.Window.Width}x{shot.Window.Height}"),
                shot.Padded ? "yes" : "no");
        }

        var export = rendered ? string.Create(CultureInfo.InvariantCulture, $", export {s.ExportSize.Width}x{s.ExportSize.Height}") : ", not rendered";
        table.Title(Markup.Escape($"{s.Aspect}{export}"));
        console.Out.Write(table);
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {s.Aspect}: padding {s.Padding}; saliency share {F(s.SaliencyShare)} (centre crop {F(s.CentreShare)}, greedy {F(s.GreedyShare)}); jerk {F(s.Jerk, "0.0000")} px/frame³ (greedy {F(s.GreedyJerk, "0.00")}); solve {F(s.SolveSeconds, "0.00")} s, render {F(s.RenderSeconds, "0.00")} s"));
        console.Out.WriteLine($"  files: {string.Join(", ", s.Files)}");
    }
}
