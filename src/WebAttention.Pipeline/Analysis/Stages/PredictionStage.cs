using System.Threading.Channels;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Analysis.Stages;

/// <summary>
/// Collects analysed frames into batches for the predictor and passes every frame on in order, the
/// analysed ones with their map. Clip models (temporal window T &gt; 1) get the T − 1 analysed frames
/// before the batch prepended as context; maps are matched to frames by frame index.
/// </summary>
internal sealed class PredictionStage(ISaliencyPredictor predictor, int batchSize, StageMeter meter)
{
    private readonly List<SampledFrame> _pending = [];
    private readonly List<VideoFrame> _batch = new(batchSize);
    private readonly Queue<VideoFrame> _context = new();
    private FrameSize? _mapSize;

    public async Task RunAsync(ChannelReader<SampledFrame> input, ChannelWriter<PredictedFrame> output, CancellationToken cancellationToken)
    {
        await foreach (var item in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            _pending.Add(item);
            if (item.Frame is { } frame)
            {
                _batch.Add(frame);
                if (_batch.Count == batchSize)
                {
                    await FlushAsync(output, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await FlushAsync(output, cancellationToken).ConfigureAwait(false);
        meter.ReportFinal();
    }

    private async Task FlushAsync(ChannelWriter<PredictedFrame> output, CancellationToken cancellationToken)
    {
        Dictionary<long, SaliencyMap>? maps = null;
        if (_batch.Count > 0)
        {
            maps = await PredictAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var item in _pending)
        {
            var map = item.Frame is null ? null : maps![item.Index];
            await output.WriteAsync(new PredictedFrame(item.Index, item.IsCut, map), cancellationToken).ConfigureAwait(false);
        }

        _pending.Clear();
        _batch.Clear();
    }

    private async Task<Dictionary<long, SaliencyMap>> PredictAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<VideoFrame> input = _context.Count == 0 ? _batch : [.. _context, .. _batch];
        var started = meter.Start();
        var maps = await predictor.PredictAsync(input, cancellationToken).ConfigureAwait(false);
        meter.Stop(started);

        var byFrame = new Dictionary<long, SaliencyMap>(_batch.Count);
        foreach (var map in maps ?? throw new InvalidOperationException("The predictor returned no maps."))
        {
            byFrame[map.FrameIndex] = map;
        }

        foreach (var frame in _batch)
        {
            if (!byFrame.TryGetValue(frame.Index, out var map))
            {
                throw new InvalidOperationException($"The predictor returned no map for frame {frame.Index}.");
            }

            CheckSize(map);
        }

        KeepContext(input);
        meter.Advance(_batch.Count);
        return byFrame;
    }

    private void CheckSize(SaliencyMap map)
    {
        if (map.Width <= 0 || map.Height <= 0 || map.Values.Length != map.Width * map.Height)
        {
            throw new InvalidOperationException($"The map of frame {map.FrameIndex} is malformed ({map.Width}x{map.Height}, {map.Values.Length} values).");
        }

        var size = new FrameSize(map.Width, map.Height);
        _mapSize ??= size;
        if (size != _mapSize)
        {
            throw new InvalidOperationException($"The map of frame {map.FrameIndex} is {size}, earlier maps are {_mapSize}.");
        }
    }

    private void KeepContext(IReadOnlyList<VideoFrame> input)
    {
        var keep = predictor.TemporalWindow - 1;
        _context.Clear();
        for (var i = Math.Max(0, input.Count - keep); i < input.Count; i++)
        {
            _context.Enqueue(input[i]);
        }
    }
}
