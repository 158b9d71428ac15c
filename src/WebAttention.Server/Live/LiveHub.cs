using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Live;
using WebAttention.Core.Reframing;
using WebAttention.Media.Recording;
using WebAttention.Server.Storage;
using WebAttention.Server.Uploads;
using Microsoft.Extensions.Options;

namespace WebAttention.Server.Live;

/// <summary>
/// Live attention for signed-in users: the browser streams frames in (<see cref="LiveHubContract.Analyse"/>) and gets one
/// result per frame back, in order. Frames waiting beyond what a client within its in-flight limit can have waiting are
/// answered as dropped (oldest first), so the server never builds a queue behind a fast sender.
/// </summary>
[Authorize]
public sealed class LiveHub(
    LiveSessionFactory sessions, UploadStore uploads, JpegSequenceEncoder encoder, MediaPaths paths, IOptions<LiveOptions> options, ILogger<LiveHub> logger)
    : Hub<ILiveClient>
{
    /// <summary>Streams results for the frames of <paramref name="frames"/>.</summary>
    public async IAsyncEnumerable<LiveFrameResult> Analyse(
        LiveSessionRequest request, ChannelReader<LiveFrame> frames, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(frames);
        var aspect = AspectRatio.TryParseTyped(request.Aspect)
            ?? throw new HubException($"'{request.Aspect}' is not an aspect ratio like 9:16.");
        using var session = await sessions.OpenAsync(aspect, cancellationToken);
        using var recording = request.Record
            ? new LiveRecording(Path.Combine(paths.UploadsFolder, $".live-{Guid.NewGuid():N}"), options.Value.MaxRecordedFrames)
            : null;
        await Clients.Caller.LiveSessionStarted(session.Info);
        var waiting = new Queue<LiveFrame>();
        while (true)
        {
            while (frames.TryRead(out var frame))
            {
                waiting.Enqueue(frame);
            }

            if (waiting.Count == 0)
            {
                if (!await frames.WaitToReadAsync(cancellationToken))
                {
                    break;
                }

                continue;
            }

            // Beyond what a client within its in-flight limit can have waiting, the oldest frames are answered as dropped:
            // the server never works through a backlog.
            while (waiting.Count > LiveHubContract.MaxWaitingFrames)
            {
                var skipped = waiting.Dequeue();
                await RecordAsync(recording, skipped, cancellationToken);
                yield return LiveSession.Skipped(skipped);
            }

            var next = waiting.Dequeue();
            await RecordAsync(recording, next, cancellationToken);
            yield return await AnalyseOneAsync(session, next, cancellationToken);
        }

        if (recording is not null)
        {
            var title = string.IsNullOrWhiteSpace(request.Title) ? $"Live {DateTime.UtcNow:yyyy-MM-dd HH:mm}" : request.Title.Trim();
            var saved = await recording.SaveAsync(Context.UserIdentifier!, title, encoder, uploads, cancellationToken);
            await Clients.Caller.LiveRecordingSaved(new LiveRecordingOutcome(saved.ClipId, saved.Error, recording.Frames));
        }

        logger.LogInformation("Live session of {User} ended after {Frames} frames", Context.UserIdentifier, session.FramesAnalysed);
    }

    private static async Task RecordAsync(LiveRecording? recording, LiveFrame frame, CancellationToken cancellationToken)
    {
        if (recording is null)
        {
            return;
        }

        try
        {
            await recording.AddAsync(frame, cancellationToken);
        }
        catch (LiveFrameException ex)
        {
            throw new HubException(ex.Message, ex);
        }
    }

    private static async Task<LiveFrameResult> AnalyseOneAsync(LiveSession session, LiveFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            return await session.AnalyseAsync(frame, cancellationToken);
        }
        catch (LiveFrameException ex)
        {
            throw new HubException(ex.Message, ex);
        }
    }
}
