using System.Diagnostics;
using System.Globalization;
using WebAttention.Core.Media;
using WebAttention.Inference;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;
using WebAttention.Inference.Readout;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Metrics;
using WebAttention.Training.Datasets;
using WebAttention.Training.Images;
using WebAttention.Training.Readout;
using WebAttention.Inference.Fusion;

namespace WebAttention.Training.Fusion;

/// <summary>
/// Fits the face channel's weight and blob width by maximum likelihood on OSIE train, with the trained readout
/// model fixed: the composed ONNX model's map and BlazeFace's faces for every image (at the analysis size, as
/// the server sees frames), then <see cref="FusionLikelihood.Fit"/>. Reports log-likelihood and NSS with and
/// without faces on train and val, and writes <c>fusion-v1.json</c>. Motion cannot be fitted on still images
/// and is written as 1 with a note. Entry point of <c>webattention train --stage fusion</c>.
/// </summary>
public static class FusionFitter
{
    /// <summary>Runs the fit and writes the weight file.</summary>
    /// <exception cref="FaceModelUnavailableException">The BlazeFace model is missing.</exception>
    public static async Task<FusionFitReport> FitAsync(FusionFitOptions options, OrtSessionFactory sessions, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sessions);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var clock = Stopwatch.StartNew();
        var root = RepositoryPaths.FindRoot();
        var output = Path.GetFullPath(options.OutputPath
            ?? (root is null ? "fusion-v1.json" : Path.Combine(root, "src", "WebAttention.Inference", "Weights", "fusion-v1.json")));
        var dataRoot = options.DataRoot ?? OsieDataset.DefaultRoot();
        progress?.Report(new TrainingProgress(TrainingStage.Loading, 0, 1, $"Reading OSIE from {dataRoot}"));
        var dataset = await OsieDataset.LoadAsync(dataRoot, cancellationToken).ConfigureAwait(false);

        var (readout, readoutSource) = await ReadoutAsync(options, root, cancellationToken).ConfigureAwait(false);
        var staging = Path.Combine(Path.GetTempPath(), $"webattention-fusion-{Guid.NewGuid():N}");
        try
        {
            var folder = await ModelBuilder.BuildAsync(
                staging, ModelBuilder.DefaultModelName, new TrainedReadoutHead(readout, "readout-v1"), CompositionOptions.Default, null, cancellationToken).ConfigureAwait(false);
            using var model = new OnnxSaliencyPredictor(sessions.Create(folder.ModelPath, cancellationToken), folder.Manifest);
            using var detector = new BlazeFaceDetector(sessions, cancellationToken: cancellationToken);
            var images = dataset.Train.Concat(dataset.Val).ToList();
            var samples = new List<(FusionSample Sample, EyeTrackedImage Image, int Width, int Height)>(images.Count);
            for (var i = 0; i < images.Count; i++)
            {
                samples.Add(await SampleAsync(images[i], options, model, detector, cancellationToken).ConfigureAwait(false));
                if ((i + 1) % 25 == 0 || i + 1 == images.Count)
                {
                    progress?.Report(new TrainingProgress(TrainingStage.Extracting, i + 1, images.Count, "images: model maps and faces"));
                }
            }

            var train = samples.Take(dataset.Train.Count).ToList();
            var val = samples.Skip(dataset.Train.Count).ToList();
            progress?.Report(new TrainingProgress(TrainingStage.Fitting, 0, 1, "maximum likelihood over face weight and σ"));
            var (weight, sigma, _) = FusionLikelihood.Fit(train.Select(s => s.Sample).ToList(), options.SigmaGrid, cancellationToken);
            var weights = new FusionWeights(Math.Round(weight, 4), Math.Round(sigma, 4), 1.0);

            // The "faces × centre prior" reference gets its own weights: the model already sees faces, the Gaussian does not.
            var centreTrain = train.Select(s => CentreSample(s.Sample)).ToList();
            var centreVal = val.Select(s => CentreSample(s.Sample)).ToList();
            var (centreWeight, centreSigma, _) = FusionLikelihood.Fit(centreTrain, options.SigmaGrid, cancellationToken);

            progress?.Report(new TrainingProgress(TrainingStage.Finishing, 0, 1, "log-likelihood and NSS with and without faces"));
            var document = new FusionWeightsDocument
            {
                Name = FusionWeightsFile.DefaultName,
                Face = weights.Face,
                FaceSigma = weights.FaceSigma,
                Motion = weights.Motion,
                MotionNote = FusionWeightsFile.MotionNote,
                Fit = Record(options, train, val, weights, detector.Name, readoutSource, clock.Elapsed.TotalSeconds) with
                {
                    CentrePriorFace = Math.Round(centreWeight, 4),
                    CentrePriorFaceSigma = Math.Round(centreSigma, 4),
                    ValLogLikelihoodCentre = Round(FusionLikelihood.Mean(centreVal, 0, centreSigma)),
                    ValLogLikelihoodCentreFaces = Round(FusionLikelihood.Mean(centreVal, centreWeight, centreSigma)),
                },
            };
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            await File.WriteAllTextAsync(output, FusionWeightsFile.ToJson(document), cancellationToken).ConfigureAwait(false);
            return new FusionFitReport(output, document);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<(ReadoutParameters Parameters, string Source)> ReadoutAsync(FusionFitOptions options, string? root, CancellationToken cancellationToken)
    {
        var path = options.ReadoutWeightsPath
            ?? (root is null ? null : Path.Combine(root, "src", "WebAttention.Inference", "Weights", ModelBuilder.DefaultWeightsFile));
        if (path is not null && File.Exists(path))
        {
            var (parameters, _) = await ReadoutWeightsFile.LoadAsync(path, cancellationToken).ConfigureAwait(false);
            return (parameters, $"{Path.GetFileName(path)} sha256 {FileHash.Sha256Hex(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false))[..12]}");
        }

        if (options.ReadoutWeightsPath is not null)
        {
            throw new FileNotFoundException($"Readout weights '{path}' do not exist.", path);
        }

        return (ReadoutWeightsFile.LoadEmbedded(ModelBuilder.DefaultWeightsFile).Parameters, $"{ModelBuilder.DefaultWeightsFile} (embedded)");
    }

    private static async Task<(FusionSample Sample, EyeTrackedImage Image, int Width, int Height)> SampleAsync(
        EyeTrackedImage image, FusionFitOptions options, OnnxSaliencyPredictor model, BlazeFaceDetector detector, CancellationToken cancellationToken)
    {
        var rgb = await ImageFiles.ReadRgbAsync(image.Path, cancellationToken).ConfigureAwait(false);
        var small = rgb.ResizeArea(options.AnalysisWidth, options.AnalysisHeight);
        var frame = new VideoFrame(0, TimeSpan.Zero, small.Size, small.Rgb);
        var map = (await model.PredictAsync([frame], cancellationToken).ConfigureAwait(false))[0];
        var faces = await detector.DetectAsync([frame], cancellationToken).ConfigureAwait(false);
        var counts = FixationGrid.Counts(image.Fixations, rgb.Size.Width, rgb.Size.Height, map.Width, map.Height);
        return (new FusionSample(map.Width, map.Height, map.Values.ToArray(), counts, faces), image, rgb.Size.Width, rgb.Size.Height);
    }

    private static FusionFitRecord Record(
        FusionFitOptions options, List<(FusionSample Sample, EyeTrackedImage Image, int Width, int Height)> train,
        List<(FusionSample Sample, EyeTrackedImage Image, int Width, int Height)> val, FusionWeights weights, string detector, string readout, double seconds)
    {
        var first = train[0].Sample;
        return new FusionFitRecord
        {
            Dataset = "OSIE (Xu, Jiang, Wang, Kankanhalli, Zhao, \"Predicting human gaze beyond pixels\", Journal of Vision 14(1):28, 2014; MIT)",
            Split = "fit on train.txt; figures on train.txt and val.txt",
            TrainImages = train.Count,
            ValImages = val.Count,
            ImagesWithFaces = string.Create(CultureInfo.InvariantCulture, $"train {train.Count(s => s.Sample.Faces.Count > 0)}/{train.Count}, val {val.Count(s => s.Sample.Faces.Count > 0)}/{val.Count}"),
            Model = $"{ModelBuilder.DefaultModelName} composed ONNX ({readout}), fixed",
            Detector = $"{detector}; min score {new BlazeFaceOptions().MinScore}, min side {new BlazeFaceOptions().MinSidePixels} px, on the {options.AnalysisWidth}×{options.AnalysisHeight} analysis image",
            Grid = string.Create(CultureInfo.InvariantCulture, $"{first.Cols}×{first.Rows} map cells (stride 16 on {options.AnalysisWidth}×{options.AnalysisHeight})"),
            Method = "maximise mean log p(fixation cell), p ∝ model·exp(Face·blobs(FaceSigma)); Newton on Face for each σ of [" +
                string.Join(", ", options.SigmaGrid.Select(s => s.ToString(CultureInfo.InvariantCulture))) + "], then golden section on σ",
            TrainLogLikelihoodModel = Round(FusionLikelihood.Mean(train.Select(s => s.Sample).ToList(), 0, weights.FaceSigma)),
            TrainLogLikelihoodFused = Round(FusionLikelihood.Mean(train.Select(s => s.Sample).ToList(), weights.Face, weights.FaceSigma)),
            ValLogLikelihoodModel = Round(FusionLikelihood.Mean(val.Select(s => s.Sample).ToList(), 0, weights.FaceSigma)),
            ValLogLikelihoodFused = Round(FusionLikelihood.Mean(val.Select(s => s.Sample).ToList(), weights.Face, weights.FaceSigma)),
            TrainNssModel = Round(MeanNss(train, null)),
            TrainNssFused = Round(MeanNss(train, weights)),
            ValNssModel = Round(MeanNss(val, null)),
            ValNssFused = Round(MeanNss(val, weights)),
            Seconds = Math.Round(seconds, 1),
        };
    }

    private static double MeanNss(List<(FusionSample Sample, EyeTrackedImage Image, int Width, int Height)> samples, FusionWeights? weights)
    {
        var values = new List<double>();
        foreach (var (sample, image, width, height) in samples)
        {
            var map = sample.Model;
            if (weights is not null && sample.Faces.Count > 0)
            {
                map = new float[map.Length];
                ChannelFusion.Fuse(sample.Model, FusionLikelihood.FaceMap(sample, weights.FaceSigma), [], weights, map);
            }

            var nss = ValidationNss.Compute(map, sample.Rows, sample.Cols, width, height, image.Fixations);
            if (double.IsFinite(nss))
            {
                values.Add(nss);
            }
        }

        return values.Count == 0 ? double.NaN : values.Average();
    }

    private static FusionSample CentreSample(FusionSample sample) =>
        sample with { Model = CenterBias.Map(sample.Cols, sample.Rows) };

    private static double Round(double value) => Math.Round(value, 5);
}
