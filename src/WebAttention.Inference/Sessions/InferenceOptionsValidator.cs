using Microsoft.Extensions.Options;

namespace WebAttention.Inference.Sessions;

/// <summary>Checks <see cref="InferenceOptions"/> once at start-up.</summary>
public sealed class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every problem with <paramref name="options"/>, empty when they are usable.</summary>
    public static IEnumerable<string> Problems(InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Device))
        {
            yield return $"Inference:Device '{options.Device}' is not one of Auto, Cuda, Cpu.";
        }

        if (options.CudaDeviceId < 0)
        {
            yield return $"Inference:CudaDeviceId must be 0 or more (was {options.CudaDeviceId}).";
        }

        if (options.IntraOpThreads < 0)
        {
            yield return $"Inference:IntraOpThreads must be 0 (ONNX Runtime picks) or more (was {options.IntraOpThreads}).";
        }

        if (string.IsNullOrWhiteSpace(options.ModelsRoot))
        {
            yield return "Inference:ModelsRoot must name a folder.";
        }

        if (string.IsNullOrWhiteSpace(options.DefaultModel))
        {
            yield return "Inference:DefaultModel must name a model folder.";
        }
        else if (!Models.ManifestReader.IsValidModelName(options.DefaultModel))
        {
            yield return $"Inference:DefaultModel '{options.DefaultModel}' is not a valid model name (lower-case letters, digits, '.', '_', '-').";
        }
    }
}
