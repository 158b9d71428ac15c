using Microsoft.AspNetCore.Components;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Core.Media;
using WebAttention.Core.Review;

namespace WebAttention.Client.Pages;

/// <summary>
/// A clip's review room: the video led by the presenter (followers can detach and rejoin), presence, comments on
/// frames and regions with threads and filters, approvals of the latest revisions. Works for guests (link cookie)
/// and accounts alike; what it offers follows the caller's scope.
/// </summary>
public sealed partial class ReviewRoom : IAsyncDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private ReviewRoomConnection? hub;
    private ReviewPlayer? player;
    private ReviewRoomInfo? room;
    private IReadOnlyList<PresenceMember> members = [];
    private List<CommentView> comments = [];
    private List<ApprovalView> approvals = [];
    private PlaybackState? lastState;
    private long clockOffsetMs;
    private bool following = true;
    private bool presenting;
    private bool drawing;
    private RegionBox? region;
    private double position;
    private string? draft;
    private string? error;
    private string? revoked;
    private MentionNotice? lastMention;
    private int unreadMentions;

    [Parameter]
    public Guid ClipId { get; set; }

    [Inject]
    private IReviewApi Api { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    private long CurrentFrame => room is null || !(room.FrameRate > 0) ? 0 : new FrameClock(room.FrameRate, room.FrameCount).FrameAt(position);

    private IReadOnlyList<RegionBox> Boxes =>
        [.. comments.Where(c => c.Region is not null && !c.Resolved && CurrentFrame >= c.FirstFrame && CurrentFrame <= c.LastFrame).Select(c => c.Region!), .. region is null ? [] : new[] { region }];

    private IReadOnlyList<long> Markers => CommentFilter.Markers(comments);

    protected override async Task OnInitializedAsync()
    {
        try
        {
            room = await Api.GetRoomAsync(ClipId, lifetime.Token);
            if (room is null)
            {
                error = "This clip does not exist, or it is not shared with you.";
                return;
            }
            comments = [.. await Api.GetCommentsAsync(ClipId, lifetime.Token)];
            approvals = [.. await Api.GetApprovalsAsync(ClipId, lifetime.Token)];
            hub = new ReviewRoomConnection(Navigation);
            hub.On<PresenceMember[]>(nameof(IReviewClient.PresenceChanged), m => Ui(() => members = m));
            hub.On<PlaybackState>(nameof(IReviewClient.PlaybackChanged), OnPlaybackAsync);
            hub.On<CommentView>(nameof(IReviewClient.CommentChanged), c => Ui(() => comments = CommentFilter.Upsert(comments, c)));
            hub.On<ApprovalView>(nameof(IReviewClient.ApprovalAdded), a => Ui(() => approvals.Insert(0, a)));
            hub.On<CropPathEdited>(nameof(IReviewClient.CropPathEdited), e => Ui(() => room = room with
            {
                Paths = [.. room.Paths.Select(p => p.Aspect == e.Aspect ? p with { Revision = e.Revision } : p)],
            }));
            hub.On<MentionNotice>(nameof(IReviewClient.Mentioned), n => Ui(() => OnMentioned(n)));
            hub.On<string>(nameof(IReviewClient.AccessRevoked), reason => Ui(() => revoked = reason));
            hub.Closed += _ => Ui(() => revoked ??= "The connection to the review room closed.");
            await hub.StartAsync(lifetime.Token);
            var snapshot = await hub.JoinAsync(ClipId);
            clockOffsetMs = snapshot.ServerTimeMs - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            members = snapshot.Members;
            lastState = snapshot.Playback;
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is Microsoft.AspNetCore.SignalR.HubException or InvalidOperationException)
        {
            error = e.Message;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (player is not null && lastState is { PresenterKey: not null } state && following && !presenting && !appliedFirst)
        {
            appliedFirst = true;
            await player.FollowAsync(state, ServerNow);
        }
    }

    private bool appliedFirst;

    private long ServerNow => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + clockOffsetMs;

    private async Task OnPlaybackAsync(PlaybackState state)
    {
        lastState = state;
        presenting = room is not null && state.PresenterKey == room.Me.ActorKey && presenting;
        if (following && !presenting && player is not null)
        {
            await InvokeAsync(() => player.FollowAsync(state, ServerNow));
        }
    }

    private async Task OnLocalAsync((string Kind, double Position, bool Playing, double Rate, bool Remote) e)
    {
        position = e.Position;
        if (hub is null || e.Remote)
        {
            return;
        }
        if (presenting)
        {
            await hub.PlaybackAsync(ClipId, new PlaybackCommand(e.Playing, e.Position, e.Rate));
        }
        else if (following && e.Kind == "seeked")
        {
            // A follower who seeks by hand detaches; "Follow presenter" brings them back.
            await SetFollowingAsync(false);
        }
    }

    private Task OnTimeAsync(double seconds)
    {
        position = seconds;
        return Task.CompletedTask;
    }

    private void OnMentioned(MentionNotice notice)
    {
        lastMention = notice;
        unreadMentions++;
        var text = notice.Body.Length > 80 ? notice.Body[..80] + "…" : notice.Body;
        Snackbar.Add($"{notice.AuthorName} mentioned you at frame {notice.FirstFrame}: {text}", MudBlazor.Severity.Info);
    }

    /// <summary>Goes to the latest mention and marks the mentions read.</summary>
    private async Task OpenMentionAsync()
    {
        unreadMentions = 0;
        if (lastMention is { } m)
        {
            await SeekToFrameAsync(m.FirstFrame);
        }
    }

    private void OnRegion(RegionBox box)
    {
        region = box;
        drawing = false;
    }

    private async Task SetFollowingAsync(bool value)
    {
        following = value;
        if (hub is not null)
        {
            await hub.UpdatePresenceAsync(ClipId, new PresenceUpdate(position, following, false));
        }
        if (following && lastState is not null && player is not null)
        {
            await player.FollowAsync(lastState, ServerNow);
        }
    }

    private async Task TakePresenterAsync()
    {
        if (hub is null)
        {
            return;
        }
        lastState = await hub.TakePresenterAsync(ClipId);
        presenting = true;
        following = false;
    }

    private async Task SeekToFrameAsync(long frame)
    {
        if (room is null || player is null)
        {
            return;
        }
        var seconds = new FrameClock(room.FrameRate, room.FrameCount).SeekTime(frame);
        await player.FollowAsync(new PlaybackState(null, null, false, seconds, 1, ServerNow, 0), ServerNow);
    }

    private async Task CommentAsync()
    {
        if (string.IsNullOrWhiteSpace(draft))
        {
            return;
        }
        await Guard(async () =>
        {
            var added = await Api.AddCommentAsync(ClipId, new NewCommentRequest(draft, CurrentFrame, null, region, null, room?.Paths.FirstOrDefault()?.Aspect), lifetime.Token);
            comments = CommentFilter.Upsert(comments, added);
            draft = null;
            region = null;
        });
    }

    private Task ReplyAsync((CommentView Parent, string Body) reply) => Guard(async () =>
        comments = CommentFilter.Upsert(comments, await Api.AddCommentAsync(ClipId, new NewCommentRequest(reply.Body, reply.Parent.FirstFrame, ParentId: reply.Parent.Id), lifetime.Token)));

    private Task ResolveAsync((CommentView Comment, bool Resolved) change) => Guard(async () =>
        comments = CommentFilter.Upsert(comments, await Api.SetResolvedAsync(ClipId, change.Comment.Id, change.Resolved, lifetime.Token)));

    // The server also sends CommentChanged to everyone in the room, so the other members see the change at once.
    private Task EditAsync((CommentView Comment, string Body) edit) => Guard(async () =>
        comments = CommentFilter.Upsert(comments, await Api.EditCommentAsync(ClipId, edit.Comment.Id, edit.Body, lifetime.Token)));

    private Task DeleteAsync(CommentView comment) => Guard(async () =>
        comments = CommentFilter.Upsert(comments, await Api.DeleteCommentAsync(ClipId, comment.Id, lifetime.Token)));

    private Task ApproveAsync(string aspect, int revision, ApprovalVerdict verdict) => Guard(async () =>
        approvals.Insert(0, await Api.ApproveAsync(ClipId, new NewApprovalRequest(aspect, revision, verdict, draft), lifetime.Token)));

    private string ApprovalText(string aspect, int revision) =>
        approvals.FirstOrDefault(a => a.Aspect == aspect && a.Revision == revision) is { } a
            ? (a.Verdict == ApprovalVerdict.Approved ? "approved" : "changes requested") + " by " + a.ActorName
            : "not reviewed yet";

    private async Task Guard(Func<Task> action)
    {
        try
        {
            error = null;
            await action();
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
    }

    private Task Ui(Action change) => InvokeAsync(() =>
    {
        change();
        StateHasChanged();
    });

    public async ValueTask DisposeAsync()
    {
        lifetime.Cancel();
        if (hub is not null)
        {
            await hub.DisposeAsync();
        }
        lifetime.Dispose();
    }
}
