using System.ComponentModel.DataAnnotations;

namespace WebAttention.Inference.Sessions;

/// <summary>
/// Settings of the inference stage, bound from the <c>Inference</c> configuration section and
/// validated at start-up by <see cref="InferenceOptionsValidator"/>.
/// </summary>
public sealed class InferenceOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Inference";

    /// <summary>Execution device; <see cref="InferenceDevice.Auto"/> by default.</summary>
    [EnumDataType(typeof(InferenceDevice))]
    public InferenceDevice Device { get; set; } = InferenceDevice.Auto;

    /// <summary>CUDA device ordinal used when CUDA is tried (0 by default).</summary>
    [Range(0, int.MaxValue)]
    public int CudaDeviceId { get; set; }

    /// <summary>Threads ONNX Runtime may use inside one operator; 0 lets it pick (all cores).</summary>
    [Range(0, int.MaxValue)]
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Folder holding one sub-folder per model (<c>model.onnx</c> + <c>manifest.json</c>).
    /// A relative path is resolved against the process's current directory.
    /// </summary>
    [Required]
    public string ModelsRoot { get; set; } = Path.Combine("data", "models");

    /// <summary>Folder name (= manifest name) of the model used when none is asked for.</summary>
    [Required]
    public string DefaultModel { get; set; } = Composition.ModelBuilder.DefaultModelName;

    /// <summary>
    /// Compose the built-in default model from the ResNet18 package when its folder is missing
    /// (pretrained weights are never committed, so a fresh deployment needs this).
    /// </summary>
    public bool BuildDefaultModelIfMissing { get; set; } = true;

    /// <inheritdoc />
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(DefaultModel) && !Models.ManifestReader.IsValidModelName(DefaultModel))
        {
            yield return new ValidationResult($"Inference:DefaultModel '{DefaultModel}' is not a valid model name (lower-case letters, digits, '.', '_', '-').");
        }
    }
}
