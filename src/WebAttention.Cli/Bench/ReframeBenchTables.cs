using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Reframing.Quality;

namespace WebAttention.Cli.Bench;

/// <summary>Prints <c>bench-reframe</c>'s figures: per clip the rows ours, centre, greedy and our ratios; the render speeds.</summary>
internal static class ReframeBenchTables
{
    public static void WriteQuality(CliConsole console, IReadOnlyList<ReframeQualityRow> rows, ReframeQualityRow? overall)
    {
        var table = new Table()
            .AddColumn("clip")
            .AddColumn("path")
            .AddColumn(new TableColumn("saliency share").RightAligned())
            .AddColumn(new TableColumn("jerk px/f³").RightAligned())
            .AddColumn(new TableColumn("cuts/min").RightAligned())
            .AddColumn(new TableColumn("ours÷greedy").RightAligned());
        foreach (var row in overall is null ? rows : [.. rows, overall])
        {
            var facts = row.Width > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{row.Width}x{row.Height} {row.Fps:0.##} fps, {row.Frames} frames, {row.Shots} shot(s): {row.Modes}")
                : string.Create(CultureInfo.InvariantCulture, $"{row.Frames} frames, {row.Shots} shots");
            Add(table, Markup.Escape(row.Clip), "ours", row.Ours, string.Create(
                CultureInfo.InvariantCulture,
                $"coverage {row.CoverageRatio:0.000} {Verdict(row.CoverageRatio >= ReframeQualityRow.CoverageTarget)}"));
            Add(table, Markup.Escape(facts), "centre crop", row.CentreCrop, string.Empty);
            Add(table, string.Empty, "greedy", row.Greedy, string.Create(
                CultureInfo.InvariantCulture,
                $"jerk {row.JerkRatio:0.0000} {Verdict(!(row.JerkRatio > ReframeQualityRow.JerkTarget))}"));
        }

        table.Title(string.Create(CultureInfo.InvariantCulture, $"targets: coverage ≥ {ReframeQualityRow.CoverageTarget:0.##} × greedy, jerk ≤ {ReframeQualityRow.JerkTarget:0.##} × greedy"));
        console.Out.Write(table);
    }

    public static void WriteSpeed(CliConsole console, ReframeSpeedResult s)
    {
        var table = new Table()
            .AddColumn("render")
            .AddColumn(new TableColumn("frames").RightAligned())
            .AddColumn(new TableColumn("best s").RightAligned())
            .AddColumn(new TableColumn("frames/s").RightAligned())
            .AddColumn(new TableColumn("best CPU s").RightAligned())
            .AddColumn(new TableColumn("frames/CPU s").RightAligned());
        table.AddRow("plain ffmpeg crop+scale", Text(s.Frames), F(s.PlainSeconds.Min()), F(s.PlainFramesPerSecond), F(MinOrNaN(s.PlainCpuSeconds)), F(s.Frames / MinOrNaN(s.PlainCpuSeconds)));
        table.AddRow("ours (FfmpegReframeRenderer)", Text(s.Frames), F(s.OursSeconds.Min()), F(s.OursFramesPerSecond), F(MinOrNaN(s.OursCpuSeconds)), F(s.Frames / MinOrNaN(s.OursCpuSeconds)));
        table.AddRow(
            "ratio ours ÷ plain",
            string.Empty,
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"{s.Ratio:0.00} {Verdict(s.Ratio >= ReframeSpeedResult.Target)}"),
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"{s.CpuRatio:0.00} {Verdict(s.CpuRatio >= ReframeSpeedResult.Target)}"));
        table.Title(string.Create(CultureInfo.InvariantCulture, $"render speed: 1920x1080 → {s.ExportWidth}x{s.ExportHeight}, best of {s.Runs} (target ≥ {ReframeSpeedResult.Target:0.0}×)"));
        console.Out.Write(table);
    }

    private static void Add(Table table, string clip, string name, PathQuality q, string ratio) =>
        table.AddRow(clip, name, F(q.SaliencyShare, "0.000"), F(q.Jerk, "0.000"), F(q.CutsPerMinute, "0.0"), ratio);

    private static string Verdict(bool met) => met ? "(met)" : "(missed)";

    private static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    private static double MinOrNaN(IReadOnlyList<double> values) => values.Count > 0 ? values.Min() : double.NaN;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
