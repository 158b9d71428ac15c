using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Prediction;

public sealed class AddInferenceTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        return services.AddInference(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task The_factory_composes_the_missing_default_model_and_runs_it_on_the_cpu()
    {
        await using var provider = Provider(("Inference:ModelsRoot", _root.Path), ("Inference:Device", "Auto"));
        var factory = provider.GetRequiredService<IPredictorFactory>();

        using var predictor = await factory.CreateDefaultAsync(CancellationToken.None);

        Assert.Equal("CPU", predictor.Device);
        Assert.Equal($"{ModelBuilder.DefaultModelName}@{ModelBuilder.DefaultModelVersion}", predictor.ModelName);
        Assert.True(File.Exists(_root.Combine(ModelBuilder.DefaultModelName, "model.onnx")));
        Assert.True(File.Exists(_root.Combine(ModelBuilder.DefaultModelName, "manifest.json")));
        Assert.Empty(Directory.GetDirectories(_root.Path, ".*"));

        var listing = await provider.GetRequiredService<ModelRegistry>().ListAsync(CancellationToken.None);
        Assert.True(Assert.Single(listing).IsDefault);
    }

    [Fact]
    public async Task A_tampered_default_model_is_refused_not_rebuilt()
    {
        Manifests.WriteFolder(_root.Path, ModelBuilder.DefaultModelName, [1, 2, 3], shaOverride: new string('0', 64));
        await using var provider = Provider(("Inference:ModelsRoot", _root.Path), ("Inference:Device", "Cpu"));

        var error = await Assert.ThrowsAsync<InvalidModelException>(
            () => provider.GetRequiredService<IPredictorFactory>().CreateDefaultAsync(CancellationToken.None));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_settings_fail_start_up_validation()
    {
        await using var provider = Provider(("Inference:IntraOpThreads", "-1"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("InferenceOptions.IntraOpThreads", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inference:Faces:MinScore", "1.5", "BlazeFaceOptions.MinScore")]
    [InlineData("Inference:Faces:SuppressionIoU", "0", "BlazeFaceOptions.SuppressionIoU")]
    [InlineData("Inference:Faces:MinSidePixels", "-1", "BlazeFaceOptions.MinSidePixels")]
    public async Task Bad_face_detector_settings_fail_start_up_validation(string key, string value, string named)
    {
        await using var provider = Provider((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Face_detector_settings_are_bound_from_their_section()
    {
        await using var provider = Provider(("Inference:Faces:MinScore", "0.5"), ("Inference:Faces:Tiles", "false"));

        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<WebAttention.Inference.Faces.BlazeFaceOptions>>().Value;
        Assert.Equal((0.5, false), (options.MinScore, options.Tiles));
    }
}
