using Microsoft.Extensions.Options;
using WebAttention.Inference.Sessions;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Sessions;

public sealed class OrtSessionFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _modelPath;

    public OrtSessionFactoryTests()
    {
        _modelPath = _folder.Combine("model.onnx");
        TinyModels.WriteRelu(_modelPath);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Cpu_mode_reports_the_cpu()
    {
        using var session = TestOptions.Sessions(InferenceDevice.Cpu).Create(_modelPath, CancellationToken.None);

        Assert.Equal(ExecutionDevices.Cpu, session.Device);
        Assert.Contains("requested", session.Detail, StringComparison.Ordinal);
        Assert.Equal("CPU (chosen in the server settings)", session.Summary);
    }

    [Fact]
    public void Auto_mode_falls_back_to_the_cpu_and_says_why_when_cuda_is_not_usable()
    {
        using var session = TestOptions.Sessions(InferenceDevice.Auto).Create(_modelPath, CancellationToken.None);

        if (session.Device == ExecutionDevices.Cuda)
        {
            Assert.True(OrtBuildFlavour.IsGpu, "Only the Gpu flavour can report CUDA.");
            return; // a GPU host: nothing to fall back from
        }

        Assert.Equal(ExecutionDevices.Cpu, session.Device);
        Assert.Contains("CUDA unavailable", session.Detail, StringComparison.Ordinal);
        Assert.Contains("fell back to CPU", session.Detail, StringComparison.Ordinal);
        // What users see says the same in plain words; the runtime's message (e.g. "Unable to find an entry point
        // named 'OrtSessionOptionsAppendExecutionProvider_CUDA'") stays in Detail and the log.
        Assert.Equal("CPU (no CUDA on this machine)", session.Summary);
    }

    [Fact]
    public void Cuda_mode_fails_with_a_clear_message_where_cuda_is_not_usable()
    {
        if (OrtBuildFlavour.IsGpu)
        {
            // On a Gpu-flavour build CUDA may really work; only its failure message is pinned here.
            try
            {
                using var session = TestOptions.Sessions(InferenceDevice.Cuda).Create(_modelPath, CancellationToken.None);
                Assert.Equal(ExecutionDevices.Cuda, session.Device);
            }
            catch (InferenceDeviceUnavailableException ex)
            {
                Assert.Contains("Inference:Device", ex.Message, StringComparison.Ordinal);
            }

            return;
        }

        var error = Assert.Throws<InferenceDeviceUnavailableException>(
            () => TestOptions.Sessions(InferenceDevice.Cuda).Create(_modelPath, CancellationToken.None));

        Assert.Contains("CUDA execution provider could not be used", error.Message, StringComparison.Ordinal);
        Assert.Contains("-p:OnnxRuntimeFlavor=Gpu", error.Message, StringComparison.Ordinal);
        Assert.Contains("Set Inference:Device to Auto or Cpu", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void A_missing_model_file_is_named()
    {
        var missing = _folder.Combine("absent.onnx");

        var error = Assert.Throws<FileNotFoundException>(
            () => TestOptions.Sessions(InferenceDevice.Cpu).Create(missing, CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_factory_is_made()
    {
        var options = Options.Create(new InferenceOptions { IntraOpThreads = -1, CudaDeviceId = -2 });

        var error = Assert.Throws<OptionsValidationException>(
            () => new OrtSessionFactory(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<OrtSessionFactory>.Instance));

        Assert.Equal(2, error.Failures.Count());
    }
}
