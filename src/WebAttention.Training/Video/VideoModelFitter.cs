using System.Diagnostics;
using WebAttention.Core.Saliency;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Fusion;
using WebAttention.Training.Datasets;
using WebAttention.Training.Fusion;

namespace WebAttention.Training.Video;

/// <summary>
/// Fits the video model (<see cref="VideoFusionWeights"/>) to viewers' gaze by maximum likelihood on the fit videos only:
/// for each centre-prior σ on a grid, Newton's method on the log-linear weights (model exponent, face, motion, static
/// overlay, centre) with gaze counted on the map grid of the nearest analysed frame (concave, so the optimum is global);
/// the σ with the best likelihood wins; then the smoothing time constant τ is chosen on a grid by the likelihood of
/// the final per-frame maps (smoothing and interpolation as the pipeline does them). Each fit video weighs the same
/// (<see cref="VideoWeights"/>): a long clip (ASCMN's video11 holds 60 % of the fit samples) does not set the model for
/// every other scene. Validation videos are scored, never fitted.
/// </summary>
public static class VideoModelFitter
{
    /// <summary>Centre prior σ searched (fraction of width and height).</summary>
    public static IReadOnlyList<double> CentreSigmas { get; } = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.6];

    /// <summary>Smoothing time constants searched (seconds; 0 = none).</summary>
    public static IReadOnlyList<double> SmoothingSeconds { get; } = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3];

    private static readonly double[] Lower = [0, -20, -20, -20, -20, 0, -20, -20, -20];
    private static readonly double[] Upper = [20, 20, 20, 20, 20, 20, 20, 20, 20];

    /// <summary>Fits on <paramref name="fit"/>, reports on <paramref name="val"/>.</summary>
    public static (VideoFusionWeights Weights, VideoFitRecord Record) Fit(
        IReadOnlyList<(GazeVideo Video, RecordedClip Clip)> fit, IReadOnlyList<(GazeVideo Video, RecordedClip Clip)> val, FusionWeights image, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(val);
        ArgumentNullException.ThrowIfNull(image);
        var clock = Stopwatch.StartNew();
        var start = VideoFusionWeights.FromImage(image, 0.3);
        VideoFusionWeights? best = null;
        var bestLl = double.NegativeInfinity;
        var perVideo = VideoWeights([.. fit.Select(p => p.Video.Gaze.Count)]);
        foreach (var sigma in CentreSigmas)
        {
            var samples = fit.SelectMany((p, v) => Samples(p.Video, p.Clip, sigma, perVideo[v])).ToList();
            var w = VideoFusionLikelihood.Fit(samples, VideoChannelFusion.Vector(start), Lower, Upper);
            var ll = VideoFusionLikelihood.Mean(samples, w);
            log?.Invoke($"centre σ {sigma:0.00}: model {w[0]:0.000}, face {w[1]:0.000}, motion {w[2]:0.000}, static {w[3]:0.000}, centre {w[4]:0.000}, model spread {w[5]:0.000}, motion spread {w[6]:0.000}, centre×ambiguity {w[7]:0.000}, model×ambiguity {w[8]:0.000}; fit log-lik {ll:0.0000}");
            if (ll > bestLl)
            {
                (bestLl, best) = (ll, start with { Model = w[0], Face = w[1], Motion = w[2], Static = w[3], Centre = w[4], CentreSigma = sigma, ModelSpread = w[5], MotionSpread = w[6], CentreAmbiguity = w[7], ModelAmbiguity = w[8] });
            }
        }

        var bestTau = 0.0;
        var bestFrameLl = double.NegativeInfinity;
        foreach (var tau in SmoothingSeconds)
        {
            var ll = MeanPerVideoLogLikelihood(fit, c => VideoRows.VideoModel(c, best! with { SmoothingSeconds = tau }));
            log?.Invoke($"τ {tau:0.00} s: fit log-lik per frame, mean over videos {ll:0.0000}");
            if (ll > bestFrameLl)
            {
                (bestFrameLl, bestTau) = (ll, tau);
            }
        }

        var weights = Round(best! with { SmoothingSeconds = bestTau });
        var cells = fit[0].Clip.Channels[0].Model.Length;
        var record = new VideoFitRecord
        {
            Dataset = "ASCMN (Riche, Mancas, Culibrk, Crnojevic, Gosselin, Dutoit, \"Dynamic saliency models and human attention: a comparative study on videos\", ACCV 2012), 9 of its videos × 10 viewers, one gaze sample a frame; research use, never copied here",
            Command = "dotnet run --project src/WebAttention.Cli -c Release -- train --stage video [--data ../shared/data/ascmn]",
            FitVideos = [.. fit.Select(p => p.Video.Name)],
            ValVideos = [.. val.Select(p => p.Video.Name)],
            Analysis = $"the server's pipeline: decode at the model's analysis size, resnet18-readout-v1 + BlazeFace + motion + static overlay, {ClipRecorder.Options.TargetFramesPerSecond} analysed frames/s, {fit[0].Clip.Channels[0].Width}×{fit[0].Clip.Channels[0].Height} map grid",
            Method = "maximise mean log p(gaze cell), log p ∝ model·log m + face·faces + motion·motion − static·overlay + centre·gauss(σ) + modelSpread·log blur(m) + motionSpread·blur(motion) (blur σ 2 cells) + a·(centreAmbiguity·gauss(σ) + modelAmbiguity·log blur(m)) with a = the spatial spread of the model map's mass (its ambiguity, 1 for a uniform map); each fit video weighs the same (its gaze counts scaled by mean samples a video ÷ its samples); Newton on the weights for σ in [" + string.Join(", ", CentreSigmas) + "], gaze of the nearest analysed frame; then τ in [" + string.Join(", ", SmoothingSeconds) + "] s by the per-frame maps' likelihood (mean over fit videos)",
            FitSamples = fit.Sum(p => p.Video.Gaze.Count),
            ValSamples = val.Sum(p => p.Video.Gaze.Count),
            FitLogLikelihoodImageFusion = Math.Round(MeanFrameLogLikelihood(fit, c => VideoRows.ImageFusion(c, image)), 5),
            FitLogLikelihoodVideo = Math.Round(MeanFrameLogLikelihood(fit, c => VideoRows.VideoModel(c, weights)), 5),
            ValLogLikelihoodImageFusion = val.Count == 0 ? double.NaN : Math.Round(MeanFrameLogLikelihood(val, c => VideoRows.ImageFusion(c, image)), 5),
            ValLogLikelihoodVideo = val.Count == 0 ? double.NaN : Math.Round(MeanFrameLogLikelihood(val, c => VideoRows.VideoModel(c, weights)), 5),
            LogLikelihoodUniform = Math.Round(-Math.Log(cells), 5),
            Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
        };
        return (weights, record);
    }

    /// <summary>
    /// The weight of each fit video's gaze samples so that every video counts the same in the likelihood while the mean
    /// weight of a sample stays 1: mean samples a video ÷ the video's samples (0 for a video without samples). Pure.
    /// </summary>
    public static double[] VideoWeights(IReadOnlyList<int> samplesPerVideo)
    {
        ArgumentNullException.ThrowIfNull(samplesPerVideo);
        var withSamples = samplesPerVideo.Where(n => n > 0).ToList();
        var mean = withSamples.Count == 0 ? 0 : withSamples.Average();
        return [.. samplesPerVideo.Select(n => n > 0 ? mean / n : 0)];
    }

    /// <summary>One fit sample per analysed frame: its features and the gaze of the frames nearest to it, each gaze sample counting <paramref name="weight"/>.</summary>
    public static IEnumerable<VideoFitSample> Samples(GazeVideo video, RecordedClip clip, double centreSigma, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(video);
        ArgumentNullException.ThrowIfNull(clip);
        var frames = clip.Channels.Select(c => c.Frame).ToArray();
        var counts = clip.Channels.Select(c => new double[c.Model.Length]).ToArray();
        foreach (var s in video.Gaze)
        {
            var i = Nearest(frames, s.Frame);
            var c = clip.Channels[i];
            var cell = GazeCells.Cell(s.X, s.Y, clip.Width, clip.Height, c.Width, c.Height);
            if (cell >= 0)
            {
                counts[i][cell] += weight;
            }
        }

        var centre = new Dictionary<(int, int), float[]>();
        for (var i = 0; i < frames.Length; i++)
        {
            var c = clip.Channels[i];
            if (!centre.TryGetValue((c.Width, c.Height), out var prior))
            {
                prior = VideoCentrePrior.Map(c.Width, c.Height, centreSigma);
                centre[(c.Width, c.Height)] = prior;
            }

            yield return new VideoFitSample(VideoChannelFusion.Features(c, prior), counts[i]);
        }
    }

    /// <summary>Mean log-likelihood per gaze sample of per-frame maps over several videos.</summary>
    public static double MeanFrameLogLikelihood(IReadOnlyList<(GazeVideo Video, RecordedClip Clip)> videos, Func<RecordedClip, IReadOnlyList<SaliencyMap>> maps)
    {
        ArgumentNullException.ThrowIfNull(videos);
        ArgumentNullException.ThrowIfNull(maps);
        double sum = 0;
        long count = 0;
        foreach (var (video, clip) in videos)
        {
            var (s, n) = GazeCells.LogLikelihood(maps(clip), video, clip.Width, clip.Height);
            sum += s;
            count += n;
        }

        return count > 0 ? sum / count : double.NaN;
    }

    /// <summary>Mean over videos of each video's mean log-likelihood per gaze sample (every video weighs the same); NaN without samples.</summary>
    public static double MeanPerVideoLogLikelihood(IReadOnlyList<(GazeVideo Video, RecordedClip Clip)> videos, Func<RecordedClip, IReadOnlyList<SaliencyMap>> maps)
    {
        ArgumentNullException.ThrowIfNull(videos);
        ArgumentNullException.ThrowIfNull(maps);
        var means = videos
            .Select(p => GazeCells.LogLikelihood(maps(p.Clip), p.Video, p.Clip.Width, p.Clip.Height))
            .Where(r => r.Count > 0)
            .Select(r => r.Sum / r.Count)
            .ToList();
        return means.Count > 0 ? means.Average() : double.NaN;
    }

    private static int Nearest(long[] frames, long frame)
    {
        var i = Array.BinarySearch(frames, frame);
        if (i >= 0)
        {
            return i;
        }

        i = ~i;
        return i == 0 ? 0 : i == frames.Length ? frames.Length - 1 : frame - frames[i - 1] <= frames[i] - frame ? i - 1 : i;
    }

    private static VideoFusionWeights Round(VideoFusionWeights w) => w with
    {
        Model = Math.Round(w.Model, 4),
        Face = Math.Round(w.Face, 4),
        Motion = Math.Round(w.Motion, 4),
        Static = Math.Round(w.Static, 4),
        Centre = Math.Round(w.Centre, 4),
        ModelSpread = Math.Round(w.ModelSpread, 4),
        MotionSpread = Math.Round(w.MotionSpread, 4),
        CentreAmbiguity = Math.Round(w.CentreAmbiguity, 4),
        ModelAmbiguity = Math.Round(w.ModelAmbiguity, 4),
    };
}
