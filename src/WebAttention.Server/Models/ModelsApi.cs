using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using WebAttention.Core.Models;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;

namespace WebAttention.Server.Models;

/// <summary>
/// Registered models for signed-in users: the list, and each model's ONNX graph for onnxruntime-web, so the
/// browser runs the very graph the server runs. Names are looked up in the registry, never used as paths.
/// Admin-only changes (register, pick the default, delete) are in <see cref="ModelAdminApi"/>.
/// </summary>
public static class ModelsApi
{
    /// <summary>Route of the model list; a model's graph is at <c>{Route}/{name}/model.onnx</c>.</summary>
    public const string Route = ModelRoutes.Models;

    /// <summary>Maps <c>GET /api/models</c> and <c>GET /api/models/{name}/model.onnx</c> (authorised users only), and the admin routes.</summary>
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var models = app.MapGroup(Route).RequireAuthorization();
        models.MapGet("/", ListAsync);
        models.MapGet("/{name}/model.onnx", ModelFileAsync);
        app.MapModelAdminApi();
        return app;
    }

    private static async Task<Ok<ModelSummary[]>> ListAsync(ModelSummaries summaries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await summaries.ListAsync(cancellationToken));

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ModelFileAsync(
        string name, ModelSummaries summaries, ModelRegistry registry, IPredictorFactory factory, HttpResponse response, CancellationToken cancellationToken)
    {
        var summary = await summaries.FindAsync(name, cancellationToken);
        if (summary is null && name == registry.DefaultModelName)
        {
            // The built-in default is composed on first use; the browser may ask before the first job does.
            await factory.EnsureDefaultModelAsync(cancellationToken);
            summary = await summaries.FindAsync(name, cancellationToken);
        }

        if (summary is null)
        {
            return TypedResults.NotFound();
        }

        if (!summary.IsValid)
        {
            return TypedResults.Problem(summary.Problem, statusCode: StatusCodes.Status409Conflict, title: "Model unusable");
        }

        // The folder name comes from the listing (the file system), not from the URL.
        var file = new FileInfo(Path.Combine(registry.FolderFor(summary.Name), ModelManifest.ModelFileName));

        // The checksum is the entity tag: revalidation is a cheap 304 until the graph changes.
        response.Headers.CacheControl = "private, no-cache";
        return TypedResults.PhysicalFile(
            file.FullName,
            "application/octet-stream",
            lastModified: file.LastWriteTimeUtc,
            entityTag: new EntityTagHeaderValue($"\"{summary.Sha256}\""),
            enableRangeProcessing: true);
    }
}
