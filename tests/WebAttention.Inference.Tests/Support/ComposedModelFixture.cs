using Microsoft.ML.OnnxRuntime;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;
using WebAttention.Inference.Sessions;

namespace WebAttention.Inference.Tests.Support;

/// <summary>
/// Composes the built-in models once per test run — the trained default, the untrained placeholder and an
/// "inspection" placeholder variant that also exposes the pre-processed image and the stride-16 features —
/// and opens CPU sessions on them.
/// </summary>
public sealed class ComposedModelFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public ModelFolder Default { get; private set; } = null!;

    public OrtSession DefaultSession { get; private set; } = null!;

    public ModelFolder Placeholder { get; private set; } = null!;

    public OrtSession PlaceholderSession { get; private set; } = null!;

    public OrtSession InspectionSession { get; private set; } = null!;

    public string ModelsRoot => _folder.Path;

    public async Task InitializeAsync()
    {
        Default = await ModelBuilder.BuildDefaultAsync(_folder.Combine(ModelBuilder.DefaultModelName));
        Placeholder = await ModelBuilder.BuildPlaceholderAsync(_folder.Combine(ModelBuilder.PlaceholderModelName));
        var inspection = new CompositionOptions("frames", "saliency", [ResNet18Backbone.InputTensor, ResNet18Backbone.Features.At(16)]);
        var inspectionFolder = await ModelBuilder.BuildAsync(
            _folder.Combine("inspection"), "inspection", new FeatureEnergyHead(), inspection, resNet18Path: null, CancellationToken.None);
        var sessions = TestOptions.Sessions(InferenceDevice.Cpu);
        DefaultSession = sessions.Create(Default.ModelPath, CancellationToken.None);
        PlaceholderSession = sessions.Create(Placeholder.ModelPath, CancellationToken.None);
        InspectionSession = sessions.Create(inspectionFolder.ModelPath, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        DefaultSession.Dispose();
        PlaceholderSession.Dispose();
        InspectionSession.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs <paramref name="session"/> on N frames packed in <paramref name="rgb"/>; returns each requested output's data and shape.</summary>
    public static IReadOnlyList<(float[] Data, long[] Shape)> Run(OrtSession session, byte[] rgb, int count, int width, int height, params string[] outputs)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(rgb, [count, height, width, 3]);
        using var runOptions = new RunOptions();
        using var results = session.Session.Run(runOptions, ["frames"], [input], outputs.Length == 0 ? ["saliency"] : outputs);
        return results
            .Select(r => (r.GetTensorDataAsSpan<float>().ToArray(), r.GetTensorTypeAndShape().Shape))
            .ToList();
    }
}
