using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebAttention.Inference.Models;
using WebAttention.Inference.Sessions;

namespace WebAttention.Inference.Tests.Support;

public static class TestOptions
{
    public static IOptions<InferenceOptions> For(InferenceDevice device, string modelsRoot = "data/models", string defaultModel = "resnet18-readout-v1") =>
        Options.Create(new InferenceOptions { Device = device, ModelsRoot = modelsRoot, DefaultModel = defaultModel });

    public static OrtSessionFactory Sessions(InferenceDevice device) =>
        new(For(device), NullLogger<OrtSessionFactory>.Instance);

    public static ModelRegistry Registry(string root, string defaultModel) =>
        new(For(InferenceDevice.Cpu, root, defaultModel), NullLogger<ModelRegistry>.Instance);
}
