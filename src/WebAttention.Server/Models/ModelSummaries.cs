using WebAttention.Core.Models;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;
using WebAttention.Server.Analysis;

namespace WebAttention.Server.Models;

/// <summary>Registry listings as <see cref="ModelSummary"/> entries: default flag from the predictor host, size and checksum state from disk.</summary>
public sealed class ModelSummaries(ModelRegistry registry, PredictorHost host)
{
    /// <summary>Every model folder, valid or not, with the reason when not.</summary>
    public async Task<ModelSummary[]> ListAsync(CancellationToken cancellationToken)
    {
        var listings = await registry.ListAsync(cancellationToken);
        var summaries = new ModelSummary[listings.Count];
        for (var i = 0; i < listings.Count; i++)
        {
            summaries[i] = await DescribeAsync(listings[i], cancellationToken);
        }
        return summaries;
    }

    /// <summary>The entry of <paramref name="name"/>, or null when no such folder is listed.</summary>
    public async Task<ModelSummary?> FindAsync(string name, CancellationToken cancellationToken) =>
        ManifestReader.IsValidModelName(name)
            ? (await ListAsync(cancellationToken)).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            : null;

    /// <summary>True for models the server composes itself (and the configured default): never deleted.</summary>
    public bool IsBuiltIn(string name) => ModelBuilder.IsBuiltIn(name) || name == registry.DefaultModelName;

    private async Task<ModelSummary> DescribeAsync(ModelListing listing, CancellationToken cancellationToken)
    {
        var file = new FileInfo(Path.Combine(registry.Root, listing.FolderName, ModelManifest.ModelFileName));
        var problem = listing.Problem;
        var m = listing.Manifest;
        if (m is not null && problem is null)
        {
            if (!file.Exists)
            {
                problem = $"{ModelManifest.ModelFileName} is missing.";
            }
            else if (!await ModelIntegrity.IsIntactAsync(file, m.Sha256, cancellationToken))
            {
                problem = $"{ModelManifest.ModelFileName} does not match the manifest's sha256 (damaged or replaced).";
            }
        }

        return new ModelSummary(
            listing.FolderName, m?.Version, m?.Licence, listing.FolderName == host.DefaultModelName, problem,
            m?.Input.Name, m?.Output.Name, m?.Input.SizeMultiple ?? 0, m?.Input.DefaultLongSide ?? 0, m?.OutputScale ?? 0, m?.Sha256,
            m?.Description, m?.Input.Layout, m?.TemporalWindow ?? 0, file.Exists ? file.Length : 0, IsBuiltIn(listing.FolderName));
    }
}
