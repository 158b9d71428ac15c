using System.Threading.Channels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Server.Auth;
using WebAttention.Server.Clips;
using WebAttention.Server.Uploads;

namespace WebAttention.Server.Hubs;

/// <summary>
/// Uploads (resumable, chunked, checksummed) and job progress for the signed-in user's clips.
/// Every method checks ownership: another user's upload or clip id reads as unknown.
/// </summary>
[Authorize]
public sealed class ClipsHub(UploadStore uploads, ClipAccess access, ILogger<ClipsHub> logger) : Hub<IClipClient>
{
    /// <summary>SignalR group of a clip's watchers.</summary>
    public static string ClipGroup(Guid clipId) => $"clip:{clipId:N}";

    /// <summary>SignalR group of Admins: every job's progress reaches it (the operations dashboard).</summary>
    public const string AdminGroup = "admins";

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        if (Context.User?.IsInRole(Core.Roles.Admin) == true)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AdminGroup, Context.ConnectionAborted);
        }
        await base.OnConnectedAsync();
    }

    public Task<UploadSession> BeginUpload(BeginUploadRequest request) =>
        Guard(() => uploads.BeginAsync(UserId, request, Context.ConnectionAborted));

    public Task<UploadSession> ResumeUpload(Guid uploadId) =>
        Guard(() => uploads.ResumeAsync(UserId, uploadId, Context.ConnectionAborted));

    /// <summary>Receives chunks in order; acknowledges durable offsets with <see cref="IClipClient.UploadAcknowledged"/>.</summary>
    /// <remarks>
    /// A channel, not an async enumerable: SignalR completes it (with an error) when the connection drops,
    /// after the chunks already received, so those are written rather than thrown away.
    /// </remarks>
    public async Task UploadChunks(Guid uploadId, ChannelReader<UploadChunk> chunks)
    {
        var caller = Clients.Caller;
        await Guard(async () =>
        {
            await uploads.ReceiveAsync(UserId, uploadId, ReadAll(chunks), offset => caller.UploadAcknowledged(new UploadAck(uploadId, offset)), Context.ConnectionAborted);
            return true;
        });
    }

    /// <summary>Whether the first bytes of the file picked to resume an upload are the ones the server holds.</summary>
    public Task<bool> CheckUploadHead(Guid uploadId, long headLength, string sha256Hex) =>
        Guard(() => uploads.HeadMatchesAsync(UserId, uploadId, headLength, sha256Hex, Context.ConnectionAborted));

    /// <summary>The signed-in user's unfinished uploads (interrupted by a reload, a closed tab or a lost connection).</summary>
    public Task<UploadSummary[]> ListUploads() =>
        Guard(() => uploads.ListAsync(UserId, Context.ConnectionAborted));

    public Task<UploadResult> CompleteUpload(Guid uploadId, string sha256Hex) =>
        Guard(() => uploads.CompleteAsync(UserId, uploadId, sha256Hex, Context.ConnectionAborted));

    public Task CancelUpload(Guid uploadId) =>
        Guard(async () =>
        {
            await uploads.CancelAsync(UserId, uploadId, Context.ConnectionAborted);
            return true;
        });

    /// <summary>Subscribes the caller to progress of a clip it may see.</summary>
    public async Task WatchClip(Guid clipId)
    {
        if (await access.FindAsync(Context.User!, clipId, Context.ConnectionAborted) is null)
        {
            throw new HubException("No such clip.");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, ClipGroup(clipId), Context.ConnectionAborted);
    }

    private string UserId => Context.User!.RequireUserId();

    // Every chunk the channel holds, until it completes; never cancelled from here (see UploadChunks).
    private static async IAsyncEnumerable<UploadChunk> ReadAll(ChannelReader<UploadChunk> reader)
    {
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (reader.TryRead(out var chunk))
            {
                yield return chunk;
            }
        }
    }

    // Upload errors are the user's to read; anything else stays in the log.
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (UploadException ex)
        {
            logger.LogInformation("Upload refused for {User}: {Reason}", Context.UserIdentifier, ex.Message);
            throw new HubException(ex.Message);
        }
    }
}
