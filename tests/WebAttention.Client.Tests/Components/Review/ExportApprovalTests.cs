using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Components.Studio;
using WebAttention.Core.Media;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Components.Review;

/// <summary>The export dialog says whether the revision being exported was approved.</summary>
public class ExportApprovalTests : MudTestContext
{
    private static ApprovalView Verdict(string aspect, int revision, ApprovalVerdict verdict, string by, int minute) =>
        new(Guid.NewGuid(), Guid.Empty, aspect, revision, verdict, null, by, new DateTime(2026, 12, 4, 12, minute, 0, DateTimeKind.Utc));

    [Fact]
    public void The_latest_verdict_on_the_exported_revision_counts_and_older_revisions_do_not()
    {
        ApprovalView[] approvals =
        [
            Verdict("9:16", 2, ApprovalVerdict.Approved, "Ann", 1),
            Verdict("9:16", 3, ApprovalVerdict.Approved, "Ann", 2),
            Verdict("9:16", 3, ApprovalVerdict.ChangesRequested, "Bob", 3),
        ];
        Assert.Equal("revision 3: changes requested by Bob", ApprovalStatus.Describe(approvals, "9:16", 3));
        Assert.Equal("revision 2: approved by Ann", ApprovalStatus.Describe(approvals, "9:16", 2));
        Assert.Equal("revision 4: not approved", ApprovalStatus.Describe(approvals, "9:16", 4));
        Assert.Equal("revision 3: not approved", ApprovalStatus.Describe(approvals, "1:1", 3));
    }

    [Fact]
    public async Task The_dialog_shows_each_aspects_approval()
    {
        var provider = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        var approvals = new Dictionary<string, string> { ["9:16"] = "revision 3: approved by Ann" };
        var parameters = new DialogParameters<ExportDialog>
        {
            { d => d.Aspects, ["9:16", "1:1"] }, { d => d.Source, new FrameSize(1920, 1080) }, { d => d.Approvals, approvals },
        };

        await provider.InvokeAsync(() => service.ShowAsync<ExportDialog>("Export", parameters));

        var shown = provider.FindAll("[data-testid=export-approval]");
        Assert.Equal("9:16 revision 3: approved by Ann", Assert.Single(shown).TextContent.Trim());
    }
}
