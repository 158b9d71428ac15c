using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace WebAttention.Inference.Sessions;

/// <summary>
/// The one place that creates ONNX Runtime sessions. <see cref="InferenceDevice.Auto"/> tries the
/// CUDA execution provider and falls back to the CPU when registering it (or starting a session on
/// it) throws: <c>GetAvailableProviders()</c> lists CUDA even without a GPU, so it is not used to decide.
/// </summary>
public sealed partial class OrtSessionFactory
{
    private readonly InferenceOptions _options;
    private readonly ILogger<OrtSessionFactory> _logger;

    /// <summary>Creates the factory; <paramref name="options"/> are validated here as well as at start-up.</summary>
    public OrtSessionFactory(IOptions<InferenceOptions> options, ILogger<OrtSessionFactory> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        var problems = InferenceOptionsValidator.Problems(_options).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(nameof(InferenceOptions), typeof(InferenceOptions), problems);
        }

        _logger = logger;
    }

    /// <summary>Creates a session for the ONNX file at <paramref name="modelPath"/> on the configured device.</summary>
    /// <exception cref="InferenceDeviceUnavailableException">CUDA was required and is not usable.</exception>
    public OrtSession Create(string modelPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"ONNX model '{modelPath}' does not exist.", modelPath);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var session = _options.Device switch
        {
            InferenceDevice.Cpu => CreateOnCpu(modelPath, "CPU requested (Inference:Device=Cpu)", DeviceSummaries.CpuChosen),
            InferenceDevice.Cuda => CreateOnCuda(modelPath),
            _ => CreateAuto(modelPath),
        };
        LogSessionCreated(_logger, Path.GetFileName(Path.GetDirectoryName(modelPath)) ?? modelPath, session.Device, session.Detail);
        return session;
    }

    private OrtSession CreateAuto(string modelPath)
    {
        try
        {
            return CreateOnCuda(modelPath);
        }
        catch (InferenceDeviceUnavailableException ex)
        {
            var reason = FirstLine(ex.InnerException?.Message ?? ex.Message);
            // Expected on CPU builds; on a Gpu build it means the host lacks a GPU, CUDA 13 or cuDNN 9.
            LogCudaFallback(_logger, OrtBuildFlavour.IsGpu ? LogLevel.Warning : LogLevel.Information, OrtBuildFlavour.Name, reason);
            return CreateOnCpu(modelPath, $"CUDA unavailable ({reason}); fell back to CPU", DeviceSummaries.CpuNoCuda);
        }
    }

    private OrtSession CreateOnCuda(string modelPath)
    {
        using var sessionOptions = NewSessionOptions();
        try
        {
            sessionOptions.AppendExecutionProvider_CUDA(_options.CudaDeviceId);
            // The provider library loads at append time, but a missing device only shows when the
            // session starts, so both steps count as "CUDA not usable".
            var session = new InferenceSession(modelPath, sessionOptions);
            return new OrtSession(session, modelPath, ExecutionDevices.Cuda, $"CUDA device {_options.CudaDeviceId}", DeviceSummaries.Gpu(_options.CudaDeviceId));
        }
        catch (Exception ex) when (IsProviderFailure(ex))
        {
            throw new InferenceDeviceUnavailableException(
                $"The CUDA execution provider could not be used on device {_options.CudaDeviceId}: {FirstLine(ex.Message)} " +
                $"This build uses the ONNX Runtime '{OrtBuildFlavour.Name}' flavour; CUDA needs a build with " +
                "-p:OnnxRuntimeFlavor=Gpu on a host with an NVIDIA GPU, CUDA 13 and cuDNN 9. " +
                "Set Inference:Device to Auto or Cpu to run on the CPU instead.",
                ex);
        }
    }

    /// <summary>
    /// How "no CUDA" shows: the Gpu package without a GPU or CUDA libraries throws OnnxRuntimeException at
    /// append or session start; the CPU package lacks the native entry point altogether.
    /// </summary>
    private static bool IsProviderFailure(Exception ex) =>
        ex is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException;

    private OrtSession CreateOnCpu(string modelPath, string detail, string summary)
    {
        using var sessionOptions = NewSessionOptions();
        var session = new InferenceSession(modelPath, sessionOptions);
        var threads = _options.IntraOpThreads == 0 ? "default threads" : $"{_options.IntraOpThreads} intra-op threads";
        return new OrtSession(session, modelPath, ExecutionDevices.Cpu, $"{detail}; {threads}", summary);
    }

    private SessionOptions NewSessionOptions()
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        if (_options.IntraOpThreads > 0)
        {
            sessionOptions.IntraOpNumThreads = _options.IntraOpThreads;
        }

        return sessionOptions;
    }

    private static string FirstLine(string message)
    {
        var trimmed = message.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ONNX model {Model} runs on {Device}: {Detail}")]
    private static partial void LogSessionCreated(ILogger logger, string model, string device, string detail);

    [LoggerMessage(Message = "CUDA is not usable in this {Flavour} build, using the CPU: {Reason}")]
    private static partial void LogCudaFallback(ILogger logger, LogLevel level, string flavour, string reason);
}
