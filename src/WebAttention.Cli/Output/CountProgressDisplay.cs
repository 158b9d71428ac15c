using System.Globalization;
using Spectre.Console;
using WebAttention.Cli.Hosting;

namespace WebAttention.Cli.Output;

/// <summary>
/// Progress of a countable job (images scored, frames measured): a Spectre bar on a terminal, a plain line per
/// 10 % when output is redirected. The work reports the number of items done so far; reports may come from any thread.
/// </summary>
internal static class CountProgressDisplay
{
    public static Task<T> RunAsync<T>(CliConsole console, string label, long total, Func<IProgress<long>, Task<T>> work)
    {
        if (console.ShowsLiveProgress)
        {
            return console.Out.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label, maxValue: Math.Max(1, total));
                    var result = await work(new CallbackProgress<long>(done => task.Value = done)).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    return result;
                });
        }

        var gate = new object();
        var lastDecile = -1;
        return work(new CallbackProgress<long>(done =>
        {
            var decile = total > 0 ? (int)Math.Min(10, done * 10 / total) : 10;
            lock (gate)
            {
                if (decile > lastDecile)
                {
                    lastDecile = decile;
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} {decile * 10,3}%  {done}/{total}"));
                }
            }
        }));
    }
}
