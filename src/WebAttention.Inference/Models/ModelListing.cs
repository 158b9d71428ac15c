namespace WebAttention.Inference.Models;

/// <summary>One folder found under the models root, usable or not (the checksum is not checked here).</summary>
/// <param name="FolderName">Name of the folder (the model's name when valid).</param>
/// <param name="Manifest">The parsed manifest, or null when it is missing or invalid.</param>
/// <param name="Problem">Why the folder cannot be used, or null.</param>
/// <param name="IsDefault">True for the configured default model.</param>
public sealed record ModelListing(string FolderName, ModelManifest? Manifest, string? Problem, bool IsDefault);
