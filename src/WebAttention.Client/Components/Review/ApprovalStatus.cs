using WebAttention.Core.Review;

namespace WebAttention.Client.Components.Review;

/// <summary>Words for whether a crop path revision was approved (the latest verdict on that revision counts).</summary>
public static class ApprovalStatus
{
    public static string Describe(IEnumerable<ApprovalView> approvals, string aspect, int revision)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        var latest = approvals.Where(a => a.Aspect == aspect && a.Revision == revision).MaxBy(a => a.CreatedAt);
        return latest switch
        {
            null => $"revision {revision}: not approved",
            { Verdict: ApprovalVerdict.Approved } => $"revision {revision}: approved by {latest.ActorName}",
            _ => $"revision {revision}: changes requested by {latest.ActorName}",
        };
    }
}
