using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WebAttention.Core.Media;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Decoding;

/// <summary>
/// <see cref="IFrameDecoder"/> reading raw RGB24 from ffmpeg's stdout (<see cref="FfmpegCommands.DecodeRgb24"/>).
/// Scaling happens inside ffmpeg (piping full-size frames would double the CPU cost). A reader task
/// fills a bounded channel so ffmpeg decodes ahead while the consumer works, but never more than
/// <see cref="FfmpegOptions.DecodeBufferFrames"/> frames. It reads ffmpeg's stdout directly from
/// <see cref="Processes.ToolProcess"/>, not through FFMpegCore (which runs every other ffmpeg job, <see cref="Processes.FfmpegJob"/>):
/// FFMpegCore 6.0.0's pipe output goes through a named pipe (a Unix socket on Linux) and a <c>StreamPipeSink</c> copy,
/// has no raw-video sink, and gives no per-frame hold-back or stall limit — measured ~150 fps against ~180–290 fps for
/// ffmpeg alone at 1080p scaled to 384×216 (docs/STACK.md).
/// </summary>
public sealed class FfmpegFrameDecoder : IFrameDecoder
{
    private readonly IVideoProbe _probe;
    private readonly FfmpegOptions _ffmpeg;

    /// <summary>Creates a decoder; the probe supplies the frame rate for timestamps when the caller has not probed the clip.</summary>
    public FfmpegFrameDecoder(IVideoProbe probe, IOptions<FfmpegOptions> ffmpeg)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(ffmpeg);
        _probe = probe;
        _ffmpeg = ffmpeg.Value;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VideoFrame> DecodeAsync(
        string path,
        FrameSize size,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var info = await _probe.GetVideoInfoAsync(path, cancellationToken).ConfigureAwait(false);
        await foreach (var frame in DecodeAsync(path, info, size, cancellationToken).ConfigureAwait(false))
        {
            yield return frame;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VideoFrame> DecodeAsync(
        string path,
        VideoInfo info,
        FrameSize size,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Height);

        var channel = Channel.CreateBounded<VideoFrame>(new BoundedChannelOptions(_ffmpeg.DecodeBufferFrames)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var process = ToolProcess.Start(_ffmpeg.FfmpegPath, FfmpegCommands.DecodeRgb24(path, size, info.FrameRate));
        var reader = Task.Run(() => PumpAsync(process, size, info.FrameRate, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var frame in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return frame;
            }

            await reader.ConfigureAwait(false);
        }
        finally
        {
            // Early break, cancellation or failure: stop ffmpeg now rather than letting it decode on.
            await stop.CancelAsync().ConfigureAwait(false);
            process.Kill();
            try
            {
                await reader.ConfigureAwait(false);
            }
            catch (Exception) when (!reader.IsCompletedSuccessfully)
            {
                // Already surfaced through the channel, or caused by stopping on purpose.
            }
        }
    }

    private async Task PumpAsync(ToolProcess process, FrameSize size, double frameRate, ChannelWriter<VideoFrame> writer, CancellationToken cancellationToken)
    {
        var frameBytes = checked(size.Width * size.Height * 3);
        var stdout = process.StandardOutput;
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        try
        {
            for (long index = 0; ; index++)
            {
                var rgb = new byte[frameBytes];
                stall.CancelAfter(_ffmpeg.DecodeStallTimeout);
                var read = await stdout.ReadAtLeastAsync(rgb, frameBytes, throwOnEndOfStream: false, stall.Token).ConfigureAwait(false);
                if (!stall.TryReset())
                {
                    throw new OperationCanceledException(stall.Token);
                }

                if (read < frameBytes)
                {
                    await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                    if (process.ExitCode != 0 || read != 0)
                    {
                        var stderr = await process.StderrTailAsync().ConfigureAwait(false);
                        throw new MediaException($"ffmpeg could not decode the video (exit code {process.ExitCode}): {LastLine(stderr)}") { ToolOutput = stderr };
                    }

                    return;
                }

                var timestamp = TimeSpan.FromSeconds(index / frameRate);
                await writer.WriteAsync(new VideoFrame(index, timestamp, size, rgb), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            failure = new MediaException($"ffmpeg produced no frame for {DurationText.Format(_ffmpeg.DecodeStallTimeout)} and was stopped.");
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no error message" : lines[^1];
    }
}
