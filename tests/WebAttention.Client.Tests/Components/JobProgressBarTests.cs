using WebAttention.Client.Components.Clips;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Tests.Components;

public class JobProgressBarTests : MudTestContext
{
    private static readonly Guid Job = Guid.NewGuid();
    private static readonly Guid Clip = Guid.NewGuid();

    private static JobProgress Report(string stage, long done, long total, double fps = 12) =>
        new(Job, Clip, JobState.Running, stage, done, total, fps, "CPU", null, "analyse");

    [Fact]
    public void Each_stage_is_named_with_its_own_count()
    {
        var cut = Render<JobProgressBar>(p => p.Add(c => c.Progress, Report("proxy", 120, 351, 0)));
        Assert.Equal("Preparing the preview 120/351 · CPU", cut.Find("[data-testid=job-progress-text]").TextContent.Trim());

        cut.Render(p => p.Add(c => c.Progress, Report("analyse", 39, 351)));

        Assert.Equal("Analysing frames 39/351 · 12 fps · CPU", cut.Find("[data-testid=job-progress-text]").TextContent.Trim());
    }

    [Fact]
    public void Within_a_stage_the_bar_never_moves_back()
    {
        var cut = Render<JobProgressBar>(p => p.Add(c => c.Progress, Report("analyse", 141, 351)));

        cut.Render(p => p.Add(c => c.Progress, Report("analyse", 39, 351, fps: 15)));

        var bar = cut.Find("[data-testid=job-progress]");
        Assert.Equal("141", bar.GetAttribute("data-done"));
        Assert.Equal("Analysing frames 141/351 · 15 fps · CPU", cut.Find("[data-testid=job-progress-text]").TextContent.Trim());

        cut.Render(p => p.Add(c => c.Progress, Report("analyse", 200, 351)));
        Assert.Equal("200", cut.Find("[data-testid=job-progress]").GetAttribute("data-done"));
    }

    [Fact]
    public void A_new_stage_starts_its_own_count()
    {
        var cut = Render<JobProgressBar>(p => p.Add(c => c.Progress, Report("proxy", 351, 351)));

        cut.Render(p => p.Add(c => c.Progress, Report("analyse", 10, 351)));

        Assert.Equal("10", cut.Find("[data-testid=job-progress]").GetAttribute("data-done"));
        Assert.Equal("analyse", cut.Find("[data-testid=job-progress]").GetAttribute("data-stage"));
    }
}
