using Microsoft.Extensions.Options;
using WebAttention.Inference.Faces;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Server.Analysis;

/// <summary>
/// Holds the process's one face detector (BlazeFace), created on first use and shared by all jobs. When the
/// model file is missing or differs, it logs a warning once and hands out no detector: analysis then runs
/// without the face channel instead of failing.
/// </summary>
public sealed partial class FaceDetectorHost(OrtSessionFactory sessions, IOptions<BlazeFaceOptions> options, ILogger<FaceDetectorHost> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private BlazeFaceDetector? _detector;
    private bool _tried;

    /// <summary>The shared detector, or null when it cannot be loaded (the reason was logged once).</summary>
    public IFaceDetector? Get(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_tried)
            {
                _tried = true;
                try
                {
                    _detector = new BlazeFaceDetector(sessions, options.Value, cancellationToken);
                    LogLoaded(logger, _detector.Name, _detector.Device);
                }
                catch (FaceModelUnavailableException ex)
                {
                    LogUnavailable(logger, ex.Message);
                }
            }

            return _detector;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _detector?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Face detector {Detector} runs on {Device}")]
    private static partial void LogLoaded(ILogger logger, string detector, string device);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analysis runs without faces: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
