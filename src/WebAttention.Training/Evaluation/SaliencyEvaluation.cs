using System.Collections.Concurrent;
using System.Threading.Channels;
using WebAttention.Training.Images;
using WebAttention.Training.Datasets;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Metrics;

namespace WebAttention.Training.Evaluation;

/// <summary>
/// Scores a model's maps (<see cref="IEvaluatedMaps"/>: the model, and with faces the fused rows) on an eye-tracked image set, with a centre-bias Gaussian (<see cref="CenterBias"/>) and
/// leave-one-subject-out human consistency as references. Maps are compared at the image's size; ground-truth
/// densities use σ = <c>sigma</c> px (<see cref="FixationDensity"/>); shuffled AUC takes its negatives from the
/// fixations of all other images of the set. The model runs image by image on one thread while scoring runs on
/// every core, joined by a small bounded channel, so memory stays flat for any set size.
/// </summary>
public sealed class SaliencyEvaluation(IEvaluatedMaps predictor, double sigma)
{
    /// <summary>Scores every image, in set order.</summary>
    public async Task<IReadOnlyList<ImageScores>> RunAsync(IReadOnlyList<EyeTrackedImage> images, IProgress<long>? scored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        var sizes = images.Select(i => ImageFiles.ReadSize(i.Path)).ToArray();
        var points = images.Select((image, i) => FixationGrid.ToPixels(image.Fixations, sizes[i])).ToArray();
        var centre = new ConcurrentDictionary<FrameSize, float[]>();
        var results = new ImageScores[images.Count];
        var maps = Channel.CreateBounded<(int Index, IReadOnlyList<float[]> Maps)>(new BoundedChannelOptions(4) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var produce = Task.Run(
            async () =>
            {
                try
                {
                    for (var i = 0; i < images.Count; i++)
                    {
                        var image = await ImageFiles.ReadRgbAsync(images[i].Path, token).ConfigureAwait(false);
                        var map = await predictor.PredictAsync(image, token).ConfigureAwait(false);
                        await maps.Writer.WriteAsync((i, map), token).ConfigureAwait(false);
                    }

                    maps.Writer.TryComplete();
                }
                catch (Exception ex)
                {
                    maps.Writer.TryComplete(ex);
                    throw;
                }
            },
            token);

        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            await ScoreAllAsync().ConfigureAwait(false);
        }
        catch
        {
            // Scoring failed: stop the model so it does not wait forever on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(produce).ConfigureAwait(false);
            throw;
        }

        await produce.ConfigureAwait(false);
        return results;

        Task ScoreAllAsync() => Parallel.ForEachAsync(maps.Reader.ReadAllAsync(token), parallel, (item, _) =>
        {
            var i = item.Index;
            var size = sizes[i];
            var negatives = Negatives(points, i, size);
            var density = FixationDensity.Build(points[i], size.Width, size.Height, sigma);
            var prior = centre.GetOrAdd(size, s => CenterBias.Map(s.Width, s.Height));
            results[i] = new ImageScores(
                item.Maps.Select(map => MetricScorer.Score(map, size.Width, size.Height, points[i], density, negatives)).ToList(),
                MetricScorer.Score(prior, size.Width, size.Height, points[i], density, negatives),
                HumanConsistency.Score(images[i].Fixations, size, negatives, sigma));
            scored?.Report(Interlocked.Increment(ref done));
            return ValueTask.CompletedTask;
        });
    }

    // Fixations of every other image that fall inside this image's grid.
    private static List<FixationPoint> Negatives(List<FixationPoint>[] points, int index, FrameSize size)
    {
        var negatives = new List<FixationPoint>();
        for (var j = 0; j < points.Length; j++)
        {
            if (j != index)
            {
                negatives.AddRange(points[j].Where(p => p.X < size.Width && p.Y < size.Height));
            }
        }

        return negatives;
    }
}
