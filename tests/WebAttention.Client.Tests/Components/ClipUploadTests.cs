using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Upload;
using WebAttention.Client.Services.Uploads;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Tests.Components;

public class ClipUploadTests : MudTestContext
{
    private readonly ControlledUploadService uploads = new();

    public ClipUploadTests()
    {
        Services.AddSingleton<IUploadService>(uploads);
        Services.AddSingleton(new UploadOptions());
        Services.AddSingleton(TimeProvider.System);
    }

    [Fact]
    public void Shows_a_drop_zone_with_a_video_file_input()
    {
        var cut = Render<ClipUpload>();

        Assert.NotNull(cut.Find("[data-testid=drop-zone]"));
        Assert.Equal("video/*", cut.Find("input[type=file]").GetAttribute("accept"));
        Assert.Empty(cut.FindAll("[data-testid=upload-progress]"));
    }

    [Fact]
    public async Task Shows_progress_reported_by_the_upload_and_then_the_servers_error()
    {
        var cut = Render<ClipUpload>();

        var upload = StartUpload(cut, InputFileContent.CreateFromBinary(new byte[1000], "holiday.mp4", null, "video/mp4"));
        cut.WaitForState(() => uploads.Progress is not null);
        uploads.Progress!.Report(new UploadProgress(Guid.NewGuid(), UploadPhase.Uploading, 500, 1000, 2_500_000));

        cut.WaitForAssertion(() =>
        {
            var text = cut.Find("[data-testid=upload-progress-text]").TextContent;
            Assert.Contains("50%", text, StringComparison.Ordinal);
            Assert.Contains("2.5 MB/s", text, StringComparison.Ordinal);
            Assert.Equal("500", cut.Find("[data-testid=upload-progress]").GetAttribute("data-acknowledged"));
        });
        Assert.Contains("holiday.mp4", cut.Markup, StringComparison.Ordinal);

        uploads.Finish(new UploadResult(null, "This file is not a video: no video stream found."));

        cut.WaitForAssertion(() =>
            Assert.Contains("no video stream found", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("[data-testid=drop-zone]"));
        await upload.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Reports_the_new_clip_after_success()
    {
        Guid? uploaded = null;
        var cut = Render<ClipUpload>(p => p.Add(c => c.OnUploaded, id => uploaded = id));
        var clipId = Guid.NewGuid();

        var upload = StartUpload(cut, InputFileContent.CreateFromBinary(new byte[10], "a.mov", null, "video/quicktime"));
        cut.WaitForState(() => uploads.Progress is not null);
        uploads.Finish(new UploadResult(clipId, null));

        cut.WaitForAssertion(() => Assert.Equal(clipId, uploaded));
        Assert.Empty(cut.FindAll("[data-testid=upload-error]"));
        await upload.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Refuses_a_file_that_is_clearly_not_a_video_without_uploading()
    {
        var cut = Render<ClipUpload>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("hello", "notes.txt", null, "text/plain"));

        cut.WaitForAssertion(() => Assert.Contains("is not a video", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Null(uploads.Progress);
    }

    [Fact]
    public async Task Cancel_stops_the_upload_and_discards_it()
    {
        var cut = Render<ClipUpload>();
        var uploadId = Guid.NewGuid();
        var upload = StartUpload(cut, InputFileContent.CreateFromBinary(new byte[100], "b.mp4", null, "video/mp4"));
        cut.WaitForState(() => uploads.Progress is not null);
        uploads.Progress!.Report(new UploadProgress(uploadId, UploadPhase.Uploading, 10, 100, 0));
        cut.WaitForElement("[data-testid=upload-cancel]");

        cut.Find("[data-testid=upload-cancel]").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal([uploadId], uploads.Discarded);
            Assert.NotNull(cut.Find("[data-testid=drop-zone]"));
        });
        await upload.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_refused_upload_is_reported_once_inline_naming_the_file()
    {
        var snackbar = Services.GetRequiredService<MudBlazor.ISnackbar>();
        var cut = Render<ClipUpload>();
        var upload = StartUpload(cut, InputFileContent.CreateFromBinary(new byte[1000], "holiday.mp4", null, "video/mp4"));
        cut.WaitForState(() => uploads.Progress is not null);

        uploads.Finish(new UploadResult(null, "This file is not a video: no video stream found."));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=upload-error]")));
        Assert.Equal("“holiday.mp4” was not uploaded: this file is not a video: no video stream found.", cut.Find("[data-testid=upload-error]").TextContent.Trim());
        Assert.DoesNotContain(snackbar.ShownSnackbars, s => s.Severity is MudBlazor.Severity.Error or MudBlazor.Severity.Warning);
        await upload.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_file_refused_before_upload_is_reported_once_inline_naming_the_file()
    {
        var snackbar = Services.GetRequiredService<MudBlazor.ISnackbar>();
        var cut = Render<ClipUpload>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("hello", "notes.txt", null, "text/plain"));

        cut.WaitForAssertion(() => Assert.Contains("“notes.txt” is not a video", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("[data-testid=upload-error]"));
        Assert.Empty(snackbar.ShownSnackbars);
    }

    [Theory]
    [InlineData("a.mp4", "The file arrived damaged.", "“a.mp4” was not uploaded: the file arrived damaged.")]
    [InlineData("a.mp4", "SHA-256 mismatch.", "“a.mp4” was not uploaded: SHA-256 mismatch.")]
    [InlineData("a.mp4", "“a.mp4” is empty.", "“a.mp4” is empty.")]
    public void An_error_names_the_file_once(string file, string message, string shown) =>
        Assert.Equal(shown, ClipUpload.NameTheFile(file, message));

    // bUnit's UploadFiles waits for the change handler, which here waits for the test: run it aside.
    private static Task StartUpload(IRenderedComponent<ClipUpload> cut, InputFileContent file) =>
        Task.Run(() => cut.FindComponent<InputFile>().UploadFiles(file));

    /// <summary>An upload the test drives: it reports what the test says and ends when told to.</summary>
    private sealed class ControlledUploadService : IUploadService
    {
        private readonly TaskCompletionSource<UploadResult> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IProgress<UploadProgress>? Progress { get; private set; }

        public List<Guid> Discarded { get; } = [];

        public void Finish(UploadResult result) => done.SetResult(result);

        public async Task<UploadResult> UploadAsync(IUploadSource source, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
        {
            Progress = progress;
            return await done.Task.WaitAsync(cancellationToken);
        }

        public async Task<UploadResult> ResumeAsync(IUploadSource source, UploadSummary interrupted, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
        {
            Progress = progress;
            return await done.Task.WaitAsync(cancellationToken);
        }

        public Task<IReadOnlyList<UploadSummary>> ListInterruptedAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<UploadSummary>>([]);

        public Task DiscardAsync(Guid uploadId, CancellationToken cancellationToken)
        {
            Discarded.Add(uploadId);
            return Task.CompletedTask;
        }
    }
}
