using Microsoft.Extensions.Options;
using WebAttention.Core.Reframing;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Fusion;
using WebAttention.Server.Analysis;
using WebAttention.Server.Reframing;

namespace WebAttention.Server.Live;

/// <summary>Opens live sessions on the process's shared predictor and face detector (the ones the analysis jobs use).</summary>
public sealed class LiveSessionFactory(PredictorHost predictors, FaceDetectorHost faces, IServiceProvider services, IOptions<LiveOptions> options)
{
    /// <summary>A session cropping to <paramref name="aspect"/>; dispose it when the stream ends.</summary>
    public async Task<LiveSession> OpenAsync(AspectRatio aspect, CancellationToken cancellationToken)
    {
        var lease = await predictors.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var predictor = VideoAttention.Predictor(lease.Predictor, faces.Get(cancellationToken), services.GetService<IMotionEstimator>());
            var alpha = VideoAttention.Model.Weights.SmoothingFactorAt(options.Value.NominalFrameRate);
            return new LiveSession(lease, predictor, alpha, new LiveCropPath(aspect), options.Value.ThrottleMilliseconds);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }
}
