using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Admin;
using WebAttention.Client.Pages.Admin;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Tests.Components.Admin;

/// <summary>The operations dashboard's components on a fake admin API: list, detail, retry, bulk cancel, workers.</summary>
public sealed class OperationsDashboardTests : MudTestContext
{
    private readonly FakeAdminApi api = new();

    public OperationsDashboardTests()
    {
        Services.AddSingleton<IAdminApi>(api);
        Services.AddSingleton<IClipEvents>(new FakeClipEvents());
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@example.test");
        auth.SetRoles(Roles.Admin);
    }

    [Fact]
    public void The_job_detail_shows_stage_timings_with_frames_per_second_the_stack_and_the_log()
    {
        var row = FakeAdminApi.Row(JobState.Failed, error: "disk on fire");
        var detail = new JobDetail(row, [new JobStageTiming("decode", 2, 50)], 25, "System.IO.IOException: disk on fire\n   at X()", ["attempt 1 failed"], "7", null, null);

        var cut = Render<JobDetailView>(p => p.Add(d => d.Detail, detail));

        Assert.Contains("decode", cut.Find("[data-testid=job-stages]").TextContent, StringComparison.Ordinal);
        Assert.Contains("50", cut.Find("[data-testid=job-stages]").TextContent, StringComparison.Ordinal);
        Assert.Contains("at X()", cut.Find("[data-testid=job-stack]").TextContent, StringComparison.Ordinal);
        Assert.Contains("attempt 1 failed", cut.Find("[data-testid=job-log]").TextContent, StringComparison.Ordinal);
        Assert.False(cut.Find("[data-testid=job-retry]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=job-cancel]").HasAttribute("disabled"));
    }

    [Fact]
    public void Opening_a_failed_job_and_retrying_it_sends_the_retry_and_shows_it_queued()
    {
        api.Jobs.Add(FakeAdminApi.Row(JobState.Succeeded));
        api.Jobs.Add(FakeAdminApi.Row(JobState.Failed, error: "source file missing"));
        var cut = Render<JobsPanel>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=job-state]").Count));

        cut.FindAll("tbody tr")[1].Click();
        cut.WaitForAssertion(() => Assert.Contains("source file missing", cut.Find("[data-testid=job-error]").TextContent, StringComparison.Ordinal));
        cut.Find("[data-testid=job-retry]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Queued", cut.Find("[data-testid=job-detail-state]").TextContent.Trim()));
        var action = Assert.Single(api.Actions);
        Assert.Equal((JobAction.Retry, api.Jobs[1].Id), (action.Action, Assert.Single(action.Ids)));
    }

    [Fact]
    public void Selected_queued_jobs_are_cancelled_in_bulk()
    {
        api.Jobs.AddRange([FakeAdminApi.Row(JobState.Queued), FakeAdminApi.Row(JobState.Queued), FakeAdminApi.Row(JobState.Running)]);
        var cut = Render<JobsPanel>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=job-state]").Count));

        var boxes = cut.FindAll("tbody input[type=checkbox]");
        boxes[0].Change(true);
        cut.FindAll("tbody input[type=checkbox]")[1].Change(true);
        cut.Find("[data-testid=bulk-cancel]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=job-state]").Count(s => s.TextContent.Trim() == "Cancelled")));
        Assert.Equal(2, Assert.Single(api.Actions).Ids.Count);
    }

    [Fact]
    public void The_workers_panel_lists_each_worker_with_queues_device_and_current_job()
    {
        WorkerInfo[] workers =
        [
            new("vm:1:abc", "vm", ["gpu"], 1, DateTime.UtcNow, DateTime.UtcNow, "CUDA", "NVIDIA H200", 150L << 30, ["analyse 1234"]),
            new("vm:2:def", "vm", ["cpu", "export"], 2, DateTime.UtcNow, DateTime.UtcNow, "CPU", null, null, []),
        ];

        var cut = Render<WorkersPanel>(p => p.Add(w => w.Workers, workers));

        var rows = cut.FindAll("[data-testid=worker-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("NVIDIA H200", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("analyse 1234", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("cpu, export", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("idle", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_tells_a_non_admin_it_is_for_admins_and_loads_nothing()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("maker@example.test");
        auth.SetRoles(Roles.Creator);

        var cut = Render<Operations>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=ops-not-authorised]")));
        Assert.Empty(api.Queries);
    }
}
