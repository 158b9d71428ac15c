using WebAttention.Server.Storage;

namespace WebAttention.Server.Tests.Storage;

public sealed class MediaSyncPlanTests
{
    private static readonly DateTime T = new(2026, 12, 4, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_worker_pulls_what_it_lacks_including_the_source_and_a_web_node_never_the_source()
    {
        MediaFileState[] remote = [new("source", 900, T), new("saliency/index.json", 40, T)];

        var worker = MediaSyncPlan.ToPull([], remote, includeSource: true);
        var web = MediaSyncPlan.ToPull([], remote, includeSource: false);

        Assert.Equal(["source", "saliency/index.json"], worker.Select(f => f.Relative));
        Assert.Equal(["saliency/index.json"], web.Select(f => f.Relative));
    }

    [Fact]
    public void A_newer_or_resized_stored_file_replaces_the_local_copy_and_an_equal_one_stays()
    {
        MediaFileState[] local = [new("a", 10, T), new("b", 10, T), new("c", 10, T)];
        MediaFileState[] remote = [new("a", 10, T.AddSeconds(1)), new("b", 11, T), new("c", 10, T.AddMinutes(5))];

        var pulls = MediaSyncPlan.ToPull(local, remote, includeSource: true);

        // "a" differs by less than the store's clock granularity: the same file.
        Assert.Equal(["b", "c"], pulls.Select(f => f.Relative));
    }

    [Fact]
    public void A_push_sends_new_and_rewritten_outputs_but_never_the_source()
    {
        MediaFileState[] local = [new("source", 900, T.AddHours(1)), new("proxy.mp4", 50, T), new("faces.json", 7, T.AddMinutes(3)), new("thumb.jpg", 5, T)];
        MediaFileState[] remote = [new("faces.json", 7, T), new("thumb.jpg", 5, T)];

        var pushes = MediaSyncPlan.ToPush(local, remote);

        Assert.Equal(["proxy.mp4", "faces.json"], pushes.Select(f => f.Relative));
    }

    [Fact]
    public void After_a_pull_that_sets_the_stored_time_nothing_moves_either_way()
    {
        MediaFileState[] remote = [new("saliency/chunk-0000.bin", 4096, T)];
        var local = MediaSyncPlan.ToPull([], remote, includeSource: false).ToArray();

        Assert.Empty(MediaSyncPlan.ToPull(local, remote, includeSource: false));
        Assert.Empty(MediaSyncPlan.ToPush(local, remote));
    }
}
