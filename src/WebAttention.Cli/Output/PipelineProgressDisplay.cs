using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Hosting;
using WebAttention.Pipeline.Analysis;

namespace WebAttention.Cli.Output;

/// <summary>
/// Shows a running pipeline: a Spectre progress bar per stage (decode, predict, store) on a terminal, or —
/// when output is redirected — a plain line each time the maps written pass another 10 %.
/// </summary>
internal static class PipelineProgressDisplay
{
    private static readonly string[] Shown = [PipelineStages.Decode, PipelineStages.Predict, PipelineStages.Store];

    public static Task<T> RunAsync<T>(CliConsole console, long totalFrames, Func<IProgress<PipelineProgress>, Task<T>> work)
    {
        return console.ShowsLiveProgress ? LiveAsync(console.Out, totalFrames, work) : PlainAsync(console.Out, totalFrames, work);
    }

    private static Task<T> LiveAsync<T>(IAnsiConsole console, long totalFrames, Func<IProgress<PipelineProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = Shown.ToDictionary(s => s, s => context.AddTask(s, maxValue: Math.Max(1, totalFrames)));
                var progress = new CallbackProgress<PipelineProgress>(p =>
                {
                    if (tasks.TryGetValue(p.Stage, out var task))
                    {
                        task.MaxValue = Math.Max(1, p.FramesTotal > 0 ? p.FramesTotal : totalFrames);
                        task.Value = p.FramesDone;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Stage,-8} {p.FramesPerSecond,7:F1} fps");
                    }
                });
                var result = await work(progress).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }

                return result;
            });

    private static Task<T> PlainAsync<T>(IAnsiConsole console, long totalFrames, Func<IProgress<PipelineProgress>, Task<T>> work)
    {
        var gate = new object();
        var lastDecile = -1;
        var progress = new CallbackProgress<PipelineProgress>(p =>
        {
            var total = p.FramesTotal > 0 ? p.FramesTotal : totalFrames;
            if (p.Stage != PipelineStages.Store || total <= 0)
            {
                return;
            }

            var decile = (int)Math.Min(10, p.FramesDone * 10 / total);
            lock (gate)
            {
                if (decile <= lastDecile)
                {
                    return;
                }

                lastDecile = decile;
                console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"progress {decile * 10,3}%  {p.FramesDone}/{total} frames  {p.FramesPerSecond:F1} frames/s"));
            }
        });
        return work(progress);
    }
}
