using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;
using WebAttention.Core;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;
using WebAttention.Core.Reframing;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>
/// An Admin in Chromium on the operations dashboard: filters failed jobs, opens one, retries it and sees it succeed;
/// bulk-cancels queued jobs; sees the worker. The failure is real: the clip's source file is moved away before the
/// analysis is requeued, and put back before the retry.
/// </summary>
public sealed class AdminOperationsTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task An_admin_retries_a_failed_job_to_success_bulk_cancels_queued_jobs_and_sees_the_worker()
    {
        // This worker takes only analyses (gpu): reframe jobs (cpu) stay queued for the bulk cancel. No retries: a failure is final at once.
        await using var server = new ServerProcess($"--Inference:ModelsRoot={ServerFixture.ModelsFolder}", "--Jobs:Queues=gpu", "--Jobs:RetryDelaysSeconds=");
        await server.StartAsync();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1500, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        await CreatorPages.RegisterAsync(page, "ops@example.test"); // the first account is the Admin
        await page.GetByTestId("file-input").SetInputFilesAsync(await GeneratedClips.MovingDiscAsync());
        await page.Locator("[data-testid=clip-status][data-status=Ready]").First.WaitForAsync(new() { Timeout = 240_000 });

        using var api = new HttpClient(new HttpClientHandler { CookieContainer = new() }) { BaseAddress = server.BaseAddress };
        (await api.PostAsJsonAsync(ApiRoutes.Login, new Credentials("ops@example.test", CreatorPages.Password))).EnsureSuccessStatusCode();
        var analysis = Assert.Single((await GetJobsAsync(api, "kind=analyse")).Rows);
        // Two reframes of the ready clip: cpu jobs this gpu-only worker leaves queued.
        (await api.PostAsJsonAsync(ApiRoutes.CropPaths(analysis.ClipId), new ReframeRequestDto(["9:16", "1:1"]))).EnsureSuccessStatusCode();
        var source = Path.Combine(server.DataRoot, "clips", analysis.ClipId.ToString("N"), "source");
        File.Move(source, source + ".away");
        await BulkAsync(api, JobAction.Requeue, analysis.Id);
        await WaitForStateAsync(api, analysis.Id, JobState.Failed);
        File.Move(source + ".away", source);

        // Filter failed jobs, open the one, retry it, see it succeed.
        await page.GotoAsync("/admin");
        await page.GetByTestId("jobs-table").WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByTestId("filter-state").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Failed" }).First.ClickAsync();
        await page.Locator("[data-testid=jobs-total]", new() { HasTextString = "1 job(s)" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("[data-testid=job-state]", new() { HasTextString = "Failed" }).ClickAsync();
        await page.Locator("[data-testid=job-error]").WaitForAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("job-retry").ClickAsync();
        try
        {
            await page.Locator("[data-testid=job-detail-state]", new() { HasTextString = "Succeeded" }).WaitForAsync(new() { Timeout = 240_000 });
        }
        catch (TimeoutException)
        {
            var row = await api.GetFromJsonAsync<JobDetail>(AdminRoutes.Job(analysis.Id), Json);
            output.WriteLine($"The job is {row!.Job.State}: {row.Job.Error}\n{string.Join("\n", row.Log)}\n{server.Log}");
            throw;
        }
        Assert.Contains("retried by ops@example.test", await page.GetByTestId("job-log").TextContentAsync(), StringComparison.Ordinal);

        // Bulk-cancel the two queued reframes.
        await page.GetByTestId("filter-state").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Queued" }).First.ClickAsync();
        await page.Locator("[data-testid=jobs-total]", new() { HasTextString = "2 job(s)" }).WaitForAsync(new() { Timeout = 30_000 });
        var boxes = page.Locator("[data-testid=jobs-table] tbody input[type=checkbox]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await page.GetByTestId("bulk-cancel").ClickAsync();
        await page.Locator("[data-testid=jobs-total]", new() { HasTextString = "0 job(s)" }).WaitForAsync(new() { Timeout = 30_000 });
        var reframes = (await GetJobsAsync(api, "kind=reframe")).Rows;
        Assert.Equal(2, reframes.Count);
        Assert.All(reframes, r => Assert.Equal(JobState.Cancelled, r.State));

        // The workers panel shows this server's worker and its queue.
        await page.GetByText("Workers", new() { Exact = true }).ClickAsync();
        var worker = page.GetByTestId("worker-row").First;
        await worker.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("gpu", await worker.TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("e2e"), "admin-workers.png") });

        // Hangfire's own dashboard, beside ours: it renders for the Admin and our security headers block none of it.
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                blocked.Add(message.Text);
            }
        };
        var hangfire = await page.GotoAsync("/admin/hangfire/jobs/succeeded");
        Assert.Equal(200, hangfire!.Status);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Succeeded Jobs" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(blocked);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("e2e"), "admin-hangfire.png") });
    }

    private static async Task<JobPage> GetJobsAsync(HttpClient api, string query) =>
        (await api.GetFromJsonAsync<JobPage>($"{AdminRoutes.Jobs}?{query}", Json))!;

    private static async Task BulkAsync(HttpClient api, JobAction action, Guid id)
    {
        using var response = await api.PostAsJsonAsync(AdminRoutes.JobsBulk, new JobBulkRequest(action, [id]), Json);
        response.EnsureSuccessStatusCode();
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JobBulkResult>(Json))!.Applied);
    }

    private static async Task WaitForStateAsync(HttpClient api, Guid id, JobState state)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await api.GetFromJsonAsync<JobDetail>(AdminRoutes.Job(id), Json);
            if (job!.Job.State == state)
            {
                return;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Job {id} never became {state}.");
    }
}
