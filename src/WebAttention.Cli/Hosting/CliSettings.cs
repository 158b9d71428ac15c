using WebAttention.Inference.Sessions;

namespace WebAttention.Cli.Hosting;

/// <summary>What the command line says about the model; null leaves the configured value (environment, then defaults).</summary>
/// <param name="ModelsRoot">Models folder (<c>--models</c>).</param>
/// <param name="Device">Execution device (<c>--device</c>).</param>
/// <param name="Model">Model name (<c>--model</c>).</param>
public sealed record CliSettings(string? ModelsRoot = null, InferenceDevice? Device = null, string? Model = null)
{
    /// <summary>The configuration keys these settings override.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        if (ModelsRoot is not null)
        {
            yield return new("Inference:ModelsRoot", ModelsRoot);
        }

        if (Device is { } device)
        {
            yield return new("Inference:Device", device.ToString());
        }

        if (Model is not null)
        {
            yield return new("Inference:DefaultModel", Model);
        }
    }
}
