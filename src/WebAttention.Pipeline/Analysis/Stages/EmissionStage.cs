using System.Threading.Channels;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Maps;
using WebAttention.Pipeline.Smoothing;

namespace WebAttention.Pipeline.Analysis.Stages;

/// <summary>
/// Smooths analysed maps over time and writes a map for every frame to the sink, in order: frames
/// between analysed ones are interpolated (<see cref="GapInterpolation"/>), frames after the last
/// analysed one repeat it. Holds only the previous analysed map and the gap's first cut.
/// </summary>
internal sealed class EmissionStage(
    TemporalSmoother smoother,
    ISaliencyMapSink sink,
    StageMeter interpolate,
    StageMeter store)
{
    private SaliencyMap? _previous;
    private long? _firstCutInGap;
    private long _lastFrame = -1;

    public async Task RunAsync(ChannelReader<PredictedFrame> input, CancellationToken cancellationToken)
    {
        await foreach (var item in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            _lastFrame = item.Index;
            if (item.Map is null)
            {
                if (_previous is null)
                {
                    throw new InvalidOperationException($"Frame {item.Index} arrived before any analysed frame.");
                }

                if (item.IsCut)
                {
                    _firstCutInGap ??= item.Index;
                }

                continue;
            }

            await EmitAnalysedAsync(item, cancellationToken).ConfigureAwait(false);
        }

        await EmitTailAsync(cancellationToken).ConfigureAwait(false);
        var started = store.Start();
        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
        store.Stop(started);
        store.ReportFinal();
    }

    private async Task EmitAnalysedAsync(PredictedFrame item, CancellationToken cancellationToken)
    {
        var cut = _firstCutInGap ?? (item.IsCut ? item.Index : null);
        var started = interpolate.Start();
        var current = smoother.Next(item.Map! with { FrameIndex = item.Index }, cut is not null);
        interpolate.Stop(started);
        if (_previous is { } previous)
        {
            for (var frame = previous.FrameIndex + 1; frame < item.Index; frame++)
            {
                started = interpolate.Start();
                var t = GapInterpolation.WeightOfNext(previous.FrameIndex, item.Index, frame, cut);
                var values = new float[current.Values.Length];
                MapBlend.Lerp(previous.Values, current.Values, t, values);
                interpolate.Stop(started);
                await WriteAsync(current with { FrameIndex = frame, Values = values }, cancellationToken).ConfigureAwait(false);
            }
        }

        await WriteAsync(current, cancellationToken).ConfigureAwait(false);
        _previous = current;
        _firstCutInGap = null;
    }

    private async Task EmitTailAsync(CancellationToken cancellationToken)
    {
        if (_previous is not { } previous)
        {
            return;
        }

        for (var frame = previous.FrameIndex + 1; frame <= _lastFrame; frame++)
        {
            await WriteAsync(previous with { FrameIndex = frame, Values = (float[])previous.Values.Clone() }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(SaliencyMap map, CancellationToken cancellationToken)
    {
        interpolate.Advance();
        var started = store.Start();
        await sink.WriteAsync(map, cancellationToken).ConfigureAwait(false);
        store.Stop(started);
        store.Advance();
    }
}
