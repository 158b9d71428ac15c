using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Live;
using WebAttention.Core.Reframing;

namespace WebAttention.Server.Live;

/// <summary>
/// Live attention for signed-in users: the browser streams frames in (<see cref="LiveHubContract.Analyse"/>) and gets one
/// result per frame back, in order. Frames waiting beyond what a client within its in-flight limit can have waiting are
/// answered as dropped (oldest first), so the server never builds a queue behind a fast sender.
/// </summary>
[Authorize]
public sealed class LiveHub(LiveSessionFactory sessions, ILogger<LiveHub> logger) : Hub<ILiveClient>
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
                yield return LiveSession.Skipped(waiting.Dequeue());
            }

            yield return await AnalyseOneAsync(session, waiting.Dequeue(), cancellationToken);
        }

        logger.LogInformation("Live session of {User} ended after {Frames} frames", Context.UserIdentifier, session.FramesAnalysed);
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
