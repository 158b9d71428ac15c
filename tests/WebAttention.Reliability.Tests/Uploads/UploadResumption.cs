using System.Security.Cryptography;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Uploads;

/// <summary>How an interrupted upload ended after resuming.</summary>
/// <param name="ResumedAt">The durable offset the server reported at the first resume.</param>
/// <param name="Result">The completion's answer.</param>
public sealed record ResumeOutcome(long ResumedAt, UploadResult Result);

/// <summary>
/// What a client does after a cut: ask the server where the upload stands, send the rest from there, complete. The
/// dying connection may still be writing the chunks it had received, so an offset refused as stale is asked again.
/// </summary>
public static class UploadResumption
{
    private const int Attempts = 20;

    public static async Task<ResumeOutcome> FinishAsync(HubConnection hub, Guid uploadId, byte[] file, CancellationToken cancellationToken)
    {
        long? resumedAt = null;
        string? lastError = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var session = await hub.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, uploadId, cancellationToken);
            resumedAt ??= session.AcknowledgedOffset;
            try
            {
                if (session.AcknowledgedOffset < file.Length)
                {
                    await TestUploader.SendAsync(hub, uploadId, file, session.AcknowledgedOffset, file.Length);
                }
                var result = await TestUploader.CompleteAsync(hub, uploadId, file);
                if (result.Succeeded || !result.Error!.StartsWith("Only ", StringComparison.Ordinal))
                {
                    return new ResumeOutcome(resumedAt.Value, result);
                }
                lastError = result.Error;
            }
            catch (HubException ex)
            {
                // "Chunk at offset X arrived but the server has Y": the old stream wrote more meanwhile.
                lastError = ex.Message;
            }
            await Task.Delay(100, cancellationToken);
        }
        return new ResumeOutcome(resumedAt ?? 0, new UploadResult(null, $"Gave up after {Attempts} resumes: {lastError}"));
    }

    /// <summary>Sends the whole file over a connection that is going to be cut; the error the cut causes is the point.</summary>
    public static async Task SendUntilCutAsync(HubConnection hub, Guid uploadId, byte[] file)
    {
        try
        {
            await TestUploader.SendAsync(hub, uploadId, file, 0, file.Length);
        }
#pragma warning disable CA1031 // Whatever the cut throws (reset socket, closed WebSocket, aborted call) is expected; the proxy tells whether it happened.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Cut.
        }
    }

    /// <summary>
    /// What a reloaded page does: it has lost the upload id, so it lists the unfinished uploads, finds the file by name and
    /// size, and proves it picked the same file (the server's first bytes hash the same) before resuming.
    /// </summary>
    public static async Task<Guid> FindAfterReloadAsync(HubConnection hub, string name, byte[] file, CancellationToken cancellationToken)
    {
        var open = await hub.InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads, cancellationToken);
        var upload = open.Single(u => u.FileName == name && u.Length == file.Length);
        var head = (int)Math.Min(upload.ReceivedBytes, 1 << 20);
        var same = await hub.InvokeAsync<bool>(ClipHubContract.CheckUploadHead, upload.UploadId, (long)head, Convert.ToHexStringLower(SHA256.HashData(file.AsSpan(0, head))), cancellationToken);
        return same ? upload.UploadId : throw new InvalidOperationException($"The server's first {head} bytes of {name} are not the file's.");
    }
}
