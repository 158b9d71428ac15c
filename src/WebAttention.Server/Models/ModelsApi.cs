using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;

namespace WebAttention.Server.Models;

/// <summary>
/// Registered models for signed-in users: the list, and each model's ONNX graph for onnxruntime-web, so the
/// browser runs the very graph the server runs. Names are looked up in the registry, never used as paths.
/// </summary>
public static class ModelsApi
{
    /// <summary>Route of the model list; a model's graph is at <c>{Route}/{name}/model.onnx</c>.</summary>
    public const string Route = "/api/models";

    // Verified checksums by (path, length, mtime): a 40 MB graph is hashed once, not on every request.
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), bool> Verified = new();

    /// <summary>Maps <c>GET /api/models</c> and <c>GET /api/models/{name}/model.onnx</c> (authorised users only).</summary>
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var models = app.MapGroup(Route).RequireAuthorization();
        models.MapGet("/", ListAsync);
        models.MapGet("/{name}/model.onnx", ModelFileAsync);
        return app;
    }

    private static async Task<Ok<ModelSummary[]>> ListAsync(ModelRegistry registry, CancellationToken cancellationToken)
    {
        var listings = await registry.ListAsync(cancellationToken);
        return TypedResults.Ok(listings.Select(ModelSummary.From).ToArray());
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ModelFileAsync(
        string name, ModelRegistry registry, IPredictorFactory factory, HttpResponse response, CancellationToken cancellationToken)
    {
        var listing = await FindAsync(registry, name, cancellationToken);
        if (listing is null && name == registry.DefaultModelName)
        {
            // The built-in default is composed on first use; the browser may ask before the first job does.
            await factory.EnsureDefaultModelAsync(cancellationToken);
            listing = await FindAsync(registry, name, cancellationToken);
        }

        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        if (listing.Manifest is not { } manifest)
        {
            return TypedResults.Problem(listing.Problem, statusCode: StatusCodes.Status409Conflict, title: "Model unusable");
        }

        var file = new FileInfo(Path.Combine(registry.FolderFor(listing.FolderName), ModelManifest.ModelFileName));
        if (!file.Exists)
        {
            return TypedResults.NotFound();
        }

        if (!await IsIntactAsync(file, manifest.Sha256, cancellationToken))
        {
            return TypedResults.Problem($"model.onnx of '{name}' does not match its manifest's sha256.", statusCode: StatusCodes.Status409Conflict, title: "Model unusable");
        }

        // The checksum is the entity tag: revalidation is a cheap 304 until the graph changes.
        response.Headers.CacheControl = "private, no-cache";
        return TypedResults.PhysicalFile(
            file.FullName,
            "application/octet-stream",
            lastModified: file.LastWriteTimeUtc,
            entityTag: new EntityTagHeaderValue($"\"{manifest.Sha256}\""),
            enableRangeProcessing: true);
    }

    // Only names the registry lists are served; the folder name then comes from the file system, not the URL.
    private static async Task<ModelListing?> FindAsync(ModelRegistry registry, string name, CancellationToken cancellationToken) =>
        ManifestReader.IsValidModelName(name)
            ? (await registry.ListAsync(cancellationToken)).FirstOrDefault(l => string.Equals(l.FolderName, name, StringComparison.Ordinal))
            : null;

    private static async Task<bool> IsIntactAsync(FileInfo file, string sha256, CancellationToken cancellationToken)
    {
        var key = (file.FullName, file.Length, file.LastWriteTimeUtc);
        if (Verified.ContainsKey(key))
        {
            return true;
        }

        var actual = await FileHash.Sha256HexAsync(file.FullName, cancellationToken);
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Verified[key] = true;
        return true;
    }
}

/// <summary>One registered model as the browser sees it.</summary>
/// <param name="Name">Model (folder) name, used in the graph's URL.</param>
/// <param name="Version">Manifest version, or null when the folder is unusable.</param>
/// <param name="Licence">Licence of the weights and graph, or null when unusable.</param>
/// <param name="IsDefault">True for the configured default model.</param>
/// <param name="Problem">Why the model cannot be used, or null.</param>
/// <param name="InputName">Input tensor name (uint8 NHWC RGB frames).</param>
/// <param name="OutputName">Output tensor name (the saliency map).</param>
/// <param name="SizeMultiple">Width and height must be multiples of this.</param>
/// <param name="DefaultLongSide">Long side frames are scaled to for analysis.</param>
/// <param name="OutputScale">Input pixels per map cell.</param>
/// <param name="Sha256">Checksum of the graph, as in its manifest.</param>
public sealed record ModelSummary(
    string Name, string? Version, string? Licence, bool IsDefault, string? Problem,
    string? InputName, string? OutputName, int SizeMultiple, int DefaultLongSide, int OutputScale, string? Sha256)
{
    /// <summary>The summary of a registry listing.</summary>
    public static ModelSummary From(ModelListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var m = listing.Manifest;
        return new ModelSummary(
            listing.FolderName, m?.Version, m?.Licence, listing.IsDefault, listing.Problem,
            m?.Input.Name, m?.Output.Name, m?.Input.SizeMultiple ?? 0, m?.Input.DefaultLongSide ?? 0, m?.OutputScale ?? 0, m?.Sha256);
    }
}
