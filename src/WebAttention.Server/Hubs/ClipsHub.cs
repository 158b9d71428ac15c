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

    public Task<UploadSession> BeginUpload(BeginUploadRequest request) =>
        Guard(() => uploads.BeginAsync(UserId, request, Context.ConnectionAborted));

    public Task<UploadSession> ResumeUpload(Guid uploadId) =>
        Guard(() => uploads.ResumeAsync(UserId, uploadId, Context.ConnectionAborted));

    /// <summary>Receives chunks in order; acknowledges durable offsets with <see cref="IClipClient.UploadAcknowledged"/>.</summary>
    public async Task UploadChunks(Guid uploadId, IAsyncEnumerable<UploadChunk> chunks)
    {
        var caller = Clients.Caller;
        await Guard(async () =>
        {
            await uploads.ReceiveAsync(UserId, uploadId, chunks, offset => caller.UploadAcknowledged(new UploadAck(uploadId, offset)), Context.ConnectionAborted);
            return true;
        });
    }

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
