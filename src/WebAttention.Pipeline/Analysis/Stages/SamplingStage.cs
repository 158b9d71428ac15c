using System.Threading.Channels;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Sampling;

namespace WebAttention.Pipeline.Analysis.Stages;

/// <summary>
/// Reads decoded frames, runs cut detection on every one, keeps the pixels of frames to analyse and
/// drops the rest. Frames must be consecutive and of one size.
/// </summary>
internal sealed class SamplingStage(
    FrameSampler sampler,
    IShotBoundaryDetector shots,
    bool analyseShotStarts,
    StageMeter decode,
    StageMeter sample)
{
    public List<long> Cuts { get; } = [];

    public long Analysed { get; private set; }

    public async Task RunAsync(IAsyncEnumerable<VideoFrame> source, ChannelWriter<SampledFrame> output, CancellationToken cancellationToken)
    {
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            FrameSize? size = null;
            long expected = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var waiting = decode.Start();
                var more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                decode.Stop(waiting);
                if (!more)
                {
                    break;
                }

                var frame = enumerator.Current ?? throw new InvalidOperationException("The frame source yielded null.");
                var working = sample.Start();
                var isFirst = size is null;
                size ??= frame.Size;
                Check(frame, size.Value, isFirst ? frame.Index : expected);
                expected = frame.Index + 1;
                var isCut = shots.IsCut(frame) && !isFirst;
                var analyse = isFirst || sampler.IsScheduled(frame.Index) || (analyseShotStarts && isCut);
                if (isCut)
                {
                    Cuts.Add(frame.Index);
                }

                if (analyse)
                {
                    Analysed++;
                }

                sample.Stop(working);
                decode.Advance();
                sample.Advance();
                await output.WriteAsync(new SampledFrame(frame.Index, isCut, analyse ? frame : null), cancellationToken).ConfigureAwait(false);
            }
        }

        decode.ReportFinal();
    }

    private static void Check(VideoFrame frame, FrameSize size, long expected)
    {
        if (frame.Index != expected || frame.Index < 0)
        {
            throw new InvalidOperationException($"Frames must be consecutive: expected frame {expected}, got {frame.Index}.");
        }

        if (frame.Size != size)
        {
            throw new InvalidOperationException($"Frame {frame.Index} is {frame.Size}, but the clip is {size}.");
        }

        if (frame.Rgb.Length != frame.Size.Area * 3)
        {
            throw new InvalidOperationException($"Frame {frame.Index} has {frame.Rgb.Length} bytes, expected {frame.Size.Area * 3} (RGB24).");
        }
    }
}
