using System.Diagnostics;
using System.Globalization;
using WebAttention.Core.Media;
using WebAttention.Inference;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Readout;
using WebAttention.Training.Datasets;
using WebAttention.Training.Images;

namespace WebAttention.Training.Readout;

/// <summary>
/// Fits the DeepGaze-style readout on OSIE by maximum likelihood: backbone features of the 600 train images
/// (stride 8/16/32 stacked on the stride-16 grid) → readout → blur → + learned log prior → softmax over cells;
/// loss = mean NLL of the fixations' cells; Adam with mini-batches and cosine decay; the epoch with the lowest
/// val NLL is kept. Writes the weight file and returns the run record. Entry point of <c>webattention train</c>.
/// </summary>
public static class ReadoutTrainer
{
    /// <summary>Reproduction command recorded in the weight file.</summary>
    public const string Command = "webattention train   (or: ReadoutTrainer.TrainAsync(new TrainingOptions(), …), Release build)";

    /// <summary>Runs feature extraction (or reads the cache), the fit and the final evaluation; writes the weight file.</summary>
    public static async Task<TrainingReport> TrainAsync(TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var total = Stopwatch.StartNew();
        var threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        var root = RepositoryPaths.FindRoot();
        var dataRoot = options.DataRoot ?? OsieDataset.DefaultRoot();
        var output = Path.GetFullPath(options.OutputPath
            ?? (root is null ? "readout-v1.json" : Path.Combine(root, "src", "WebAttention.Inference", "Weights", "readout-v1.json")));

        progress?.Report(new TrainingProgress(TrainingStage.Loading, 0, 1, $"Reading OSIE from {dataRoot}"));
        var dataset = await OsieDataset.LoadAsync(dataRoot, cancellationToken).ConfigureAwait(false);
        var images = dataset.Train.Concat(dataset.Val).ToList();
        var extraction = Stopwatch.StartNew();
        var features = await FeaturesAsync(options, root, images, threads, progress, cancellationToken).ConfigureAwait(false);
        var extractionSeconds = extraction.Elapsed.TotalSeconds;

        var sizes = images.Select(i => ImageFiles.ReadSize(i.Path)).ToList();
        var counts = images.Select((image, i) => FixationGrid.Counts(image.Fixations, sizes[i].Width, sizes[i].Height, features.Cols, features.Rows)).ToList();
        var trainCount = dataset.Train.Count;
        var (mean, scale) = ChannelStatistics(features, trainCount);
        Parallel.For(0, features.Images.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            i => ReadoutModel.Standardise(features.Images[i], features.Images[i], mean, scale));

        var problem = new FitProblem(features, counts, trainCount, threads);
        var initial = ReadoutParameters.Initial(features.Channels, options.Hidden, options.PriorRows, options.PriorCols, options.BlurSigma, mean, scale, options.Seed);
        var fit = Stopwatch.StartNew();
        var (best, bestEpoch, history) = Fit(problem, initial, options, progress, cancellationToken);
        var fitSeconds = fit.Elapsed.TotalSeconds;

        progress?.Report(new TrainingProgress(TrainingStage.Finishing, 0, 1, "Final figures and NSS on val"));
        var trainNll = problem.MeanNll(best, 0, trainCount, cancellationToken);
        var valNll = problem.MeanNll(best, trainCount, images.Count, cancellationToken);
        var (nss, priorNss) = ValNss(problem, best, images, sizes, trainCount);
        var record = new TrainingRecord
        {
            TrainImages = trainCount,
            ValImages = dataset.Val.Count,
            TrainFixations = (int)counts.Take(trainCount).Sum(c => c.Sum()),
            ValFixations = (int)counts.Skip(trainCount).Sum(c => c.Sum()),
            AnalysisWidth = options.AnalysisWidth,
            AnalysisHeight = options.AnalysisHeight,
            GridWidth = features.Cols,
            GridHeight = features.Rows,
            Features = "ResNet18 ReLU315 (stride 8, 2×2 average-pooled) + ReLU347 (stride 16) + ReLU393 (stride 32, bilinear ×2) = 896 channels",
            Optimiser = "Adam (β 0.9/0.999), mini-batches, cosine decay to 5 %, best val NLL kept",
            MaxEpochs = options.MaxEpochs,
            BatchSize = options.BatchSize,
            LearningRate = options.LearningRate,
            PriorLearningRate = options.PriorLearningRate,
            WeightDecay = options.WeightDecay,
            Seed = options.Seed,
            EpochsRun = history.Count,
            BestEpoch = bestEpoch,
            TrainNll = Math.Round(trainNll, 5),
            ValNll = Math.Round(valNll, 5),
            UniformNll = Math.Round(Math.Log(features.Cells), 5),
            ValNss = Math.Round(nss, 4),
            ValNssPriorOnly = Math.Round(priorNss, 4),
            History = history,
            ExtractionSeconds = Math.Round(extractionSeconds, 1),
            FitSeconds = Math.Round(fitSeconds, 1),
            TotalSeconds = Math.Round(total.Elapsed.TotalSeconds, 1),
            Threads = threads,
            FinishedUtc = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Command = Command,
        };
        var json = ReadoutWeightsFile.ToJson(
            best, options.Name, "ResNet18 (ImageNet, Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1)", TrainedReadoutHead.FeatureStrides, TrainedReadoutHead.GridStride, record);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, json, cancellationToken).ConfigureAwait(false);
        progress?.Report(new TrainingProgress(TrainingStage.Finishing, 1, 1,
            $"Wrote {output}: val NLL {valNll:F4} (uniform {Math.Log(features.Cells):F4}), val NSS {nss:F3} (prior only {priorNss:F3})", trainNll, valNll));
        return new TrainingReport(output, record, best);
    }

    private static (ReadoutParameters Best, int BestEpoch, List<EpochResult> History) Fit(
        FitProblem problem, ReadoutParameters initial, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var current = initial;
        var values = current.Values;
        var priorOffset = current.PriorOffset;
        var readoutAdam = new AdamOptimizer(priorOffset);
        var priorAdam = new AdamOptimizer(values.Length - priorOffset);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, problem.TrainCount).ToArray();
        var gradient = new float[values.Length];
        var history = new List<EpochResult>();
        var (best, bestEpoch, bestNll) = (current.WithValues(values), 0, double.PositiveInfinity);
        for (var epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            var decay = 0.05 + (0.95 * 0.5 * (1 + Math.Cos(Math.PI * (epoch - 1) / options.MaxEpochs)));
            var (epochNll, epochFixations) = (0.0, 0.0);
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start)).ToArray();
                var (nll, fixations) = problem.Gradient(current, batch, gradient);
                epochNll += nll;
                epochFixations += fixations;
                for (var i = 0; i < priorOffset; i++)
                {
                    if (i < current.B1Offset || i >= current.W2Offset)
                    {
                        gradient[i] += (float)(options.WeightDecay * values[i]);
                    }
                }

                readoutAdam.Step(values.AsSpan(0, priorOffset), gradient.AsSpan(0, priorOffset), options.LearningRate * decay);
                priorAdam.Step(values.AsSpan(priorOffset), gradient.AsSpan(priorOffset), options.PriorLearningRate * decay);
            }

            var valNll = problem.MeanNll(current, problem.TrainCount, problem.Features.Images.Count, cancellationToken);
            var trainNll = epochNll / epochFixations;
            history.Add(new EpochResult(epoch, Math.Round(trainNll, 5), Math.Round(valNll, 5)));
            if (valNll < bestNll)
            {
                (best, bestEpoch, bestNll) = (current.WithValues(values), epoch, valNll);
            }

            progress?.Report(new TrainingProgress(TrainingStage.Fitting, epoch, options.MaxEpochs,
                $"epoch {epoch}: train NLL {trainNll:F4}, val NLL {valNll:F4}{(bestEpoch == epoch ? " (best)" : string.Empty)}", trainNll, valNll));
            if (epoch - bestEpoch >= options.Patience)
            {
                break;
            }
        }

        return (best, bestEpoch, history);
    }

    private static async Task<FeatureSet> FeaturesAsync(
        TrainingOptions options, string? root, List<EyeTrackedImage> images, int threads, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        string? cachePath = null;
        if (options.UseCache)
        {
            var folder = options.CacheFolder ?? Path.Combine(root ?? Directory.GetCurrentDirectory(), "data", "cache");
            cachePath = Path.Combine(folder, FeatureCache.FileName(images.Select(i => i.Name), options.AnalysisWidth, options.AnalysisHeight));
            var cached = FeatureCache.TryRead(cachePath, images.Count);
            if (cached is not null)
            {
                progress?.Report(new TrainingProgress(TrainingStage.Extracting, images.Count, images.Count, $"Features read from cache {cachePath}"));
                return cached;
            }
        }

        using var extractor = await FeatureExtractor.CreateAsync(threads, options.ResNet18Path, cancellationToken).ConfigureAwait(false);
        var all = new List<float[]>(images.Count);
        for (var start = 0; start < images.Count; start += options.ExtractionBatch)
        {
            var batch = images.Skip(start).Take(options.ExtractionBatch).ToList();
            var decoded = await Task.WhenAll(batch.Select(async image =>
            {
                var rgb = await ImageFiles.ReadRgbAsync(image.Path, cancellationToken).ConfigureAwait(false);
                return rgb.ResizeArea(options.AnalysisWidth, options.AnalysisHeight);
            })).ConfigureAwait(false);
            all.AddRange(extractor.Extract(decoded, cancellationToken));
            progress?.Report(new TrainingProgress(TrainingStage.Extracting, all.Count, images.Count, $"features {all.Count}/{images.Count}"));
        }

        var set = new FeatureSet(options.AnalysisHeight / TrainedReadoutHead.GridStride, options.AnalysisWidth / TrainedReadoutHead.GridStride, extractor.Channels, all);
        if (cachePath is not null)
        {
            FeatureCache.Write(cachePath, set);
        }

        return set;
    }

    /// <summary>Per-channel mean and 1/sd over all cells of the first <paramref name="count"/> images (0 scale for constant channels).</summary>
    private static (float[] Mean, float[] Scale) ChannelStatistics(FeatureSet features, int count)
    {
        var c = features.Channels;
        var sum = new double[c];
        var squares = new double[c];
        for (var i = 0; i < count; i++)
        {
            var image = features.Images[i];
            for (var p = 0; p < features.Cells; p++)
            {
                for (var k = 0; k < c; k++)
                {
                    var v = (double)image[(p * c) + k];
                    sum[k] += v;
                    squares[k] += v * v;
                }
            }
        }

        var n = (double)count * features.Cells;
        var mean = new float[c];
        var scale = new float[c];
        for (var k = 0; k < c; k++)
        {
            var m = sum[k] / n;
            var sd = Math.Sqrt(Math.Max(0, (squares[k] / n) - (m * m)));
            mean[k] = (float)m;
            scale[k] = sd > 1e-6 ? (float)(1.0 / sd) : 0f;
        }

        return (mean, scale);
    }

    private static (double Model, double PriorOnly) ValNss(
        FitProblem problem, ReadoutParameters parameters, List<EyeTrackedImage> images, List<FrameSize> sizes, int firstVal)
    {
        var (rows, cols) = (problem.Features.Rows, problem.Features.Cols);
        var priorMap = ReadoutModel.PriorMap(parameters, rows, cols).Select(MathF.Exp).ToArray();
        var kernel = ReadoutMath.BlurKernel(parameters.BlurSigma);
        var workspace = new ReadoutWorkspace(problem.Features.Cells, parameters.Hidden);
        var prior = ReadoutModel.PriorMap(parameters, rows, cols);
        var (model, priorOnly, n) = (0.0, 0.0, 0);
        for (var i = firstVal; i < images.Count; i++)
        {
            ReadoutModel.Forward(parameters, problem.Features.Images[i], rows, cols, prior, kernel, workspace);
            var map = workspace.LogDensity.Select(MathF.Exp).ToArray();
            var a = ValidationNss.Compute(map, rows, cols, sizes[i].Width, sizes[i].Height, images[i].Fixations);
            var b = ValidationNss.Compute(priorMap, rows, cols, sizes[i].Width, sizes[i].Height, images[i].Fixations);
            if (!double.IsNaN(a) && !double.IsNaN(b))
            {
                (model, priorOnly, n) = (model + a, priorOnly + b, n + 1);
            }
        }

        return (model / n, priorOnly / n);
    }
}
