using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Pages;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Uploads;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Tests.Components;

/// <summary>The library's "Interrupted uploads" section: listed after a reload, resumed by picking the file, or discarded.</summary>
public class LibraryInterruptedUploadsTests : MudTestContext
{
    private static readonly UploadSummary Holiday = new(Guid.NewGuid(), "holiday.mp4", 512_000, 128_000, new DateTime(2026, 12, 3, 14, 5, 0, DateTimeKind.Utc));
    private readonly InterruptedUploadService uploads = new(Holiday);

    public LibraryInterruptedUploadsTests()
    {
        Services.AddSingleton<IUploadService>(uploads);
        Services.AddSingleton<IClipsApi>(new EmptyClipsApi());
        Services.AddSingleton<IClipEvents>(new QuietClipEvents());
        Services.AddSingleton(new UploadOptions());
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IReviewApi>(new MemoryReviewApi());
    }

    [Fact]
    public void An_interrupted_upload_is_listed_with_how_far_it_got()
    {
        var cut = Render<Library>();

        var item = cut.WaitForElement("[data-testid=interrupted-upload]");
        Assert.Equal(Holiday.UploadId.ToString(), item.GetAttribute("data-upload-id"));
        Assert.Equal("holiday.mp4", cut.Find("[data-testid=interrupted-name]").TextContent.Trim());
        Assert.Equal("128.0 KB of 512.0 KB (25%) · started 3 Dec 14:05 UTC", cut.Find("[data-testid=interrupted-summary]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=interrupted-resume] input[type=file]"));
    }

    [Fact]
    public void Discard_removes_it_on_the_server_and_from_the_list()
    {
        var cut = Render<Library>();
        cut.WaitForElement("[data-testid=interrupted-discard]");

        cut.Find("[data-testid=interrupted-discard]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=interrupted-uploads]")));
        Assert.Equal([Holiday.UploadId], uploads.Discarded);
    }

    [Fact]
    public void Picking_another_file_to_resume_is_refused_with_a_message_naming_both_and_the_upload_stays_listed()
    {
        var cut = Render<Library>();
        cut.WaitForElement("[data-testid=interrupted-resume]");

        cut.FindComponents<InputFile>().Last().UploadFiles(InputFileContent.CreateFromBinary(new byte[512_000], "beach.mp4", null, "video/mp4"));

        cut.WaitForAssertion(() =>
            Assert.Contains("“beach.mp4” is not the file whose upload was interrupted (“holiday.mp4”)", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal([(Holiday.UploadId, "beach.mp4")], uploads.Resumed);
        Assert.Single(cut.FindAll("[data-testid=interrupted-upload]"));
    }

    [Fact]
    public void Picking_the_same_file_resumes_that_upload_and_it_leaves_the_list_when_done()
    {
        uploads.Verdict = (_, _) => new UploadResult(Guid.NewGuid(), null);
        var cut = Render<Library>();
        cut.WaitForElement("[data-testid=interrupted-resume]");

        cut.FindComponents<InputFile>().Last().UploadFiles(InputFileContent.CreateFromBinary(new byte[512_000], "holiday.mp4", null, "video/mp4"));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=interrupted-uploads]")));
        Assert.Equal([(Holiday.UploadId, "holiday.mp4")], uploads.Resumed);
        Assert.Empty(cut.FindAll("[data-testid=upload-error]"));
    }
}
