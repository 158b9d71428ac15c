using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WebAttention.Core;
using WebAttention.Core.Models;
using WebAttention.Inference.Models;
using WebAttention.Server.Analysis;

namespace WebAttention.Server.Models;

/// <summary>
/// Admin-only model management: register a model zip, pick the default, delete a model. Refusals are 400
/// ProblemDetails whose detail says what is wrong and what to do; anonymous callers get 401, others 403.
/// </summary>
public static class ModelAdminApi
{
    /// <summary>Maps <c>POST /api/models</c>, <c>PUT /api/models/default</c> and <c>DELETE /api/models/{name}</c>.</summary>
    public static IEndpointRouteBuilder MapModelAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(ModelRoutes.Models).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapPost("/", RegisterAsync).DisableAntiforgery().RequireRateLimiting(Security.RateLimits.UploadsPolicy);
        admin.MapPut("/default", SetDefaultAsync);
        admin.MapDelete("/{name}", DeleteAsync);
        return app;
    }

    private static async Task<Results<Created<ModelSummary>, ProblemHttpResult>> RegisterAsync(
        HttpContext http, ModelRegistration registration, ModelSummaries summaries, IOptions<ModelOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + (1 << 20); // room for the multipart framing
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType) ||
            !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Refused($"Send the model as multipart/form-data with one file field \"{ModelRoutes.UploadField}\" holding a .zip of model.onnx and manifest.json.");
        }

        var zipPath = registration.NewUploadPath();
        try
        {
            var received = await ReceiveZipAsync(new MultipartReader(boundary, http.Request.Body), zipPath, limit, cancellationToken);
            if (received is not null)
            {
                return Refused(received);
            }

            var folder = await registration.InstallAsync(zipPath, cancellationToken);
            var summary = await summaries.FindAsync(folder.Manifest.Name, cancellationToken)
                ?? throw new InvalidOperationException($"Model '{folder.Manifest.Name}' was installed but is not listed.");
            return TypedResults.Created(ModelRoutes.Model(summary.Name), summary);
        }
        catch (InvalidModelException ex)
        {
            return Refused(ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    /// <summary>Streams the first file section to <paramref name="path"/>; returns why it was refused, or null.</summary>
    private static async Task<string?> ReceiveZipAsync(MultipartReader reader, string path, long limit, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (target)
            {
                var buffer = new byte[1 << 16];
                long total = 0;
                int read;
                while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > limit)
                    {
                        return TooLargeMessage(limit);
                    }
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                return total == 0 ? "The uploaded file is empty; choose the model's .zip." : null;
            }
        }

        return $"No file in the upload; send the .zip in the multipart field \"{ModelRoutes.UploadField}\".";
    }

    private static async Task<Results<Ok<ModelSummary>, ProblemHttpResult>> SetDefaultAsync(
        DefaultModelRequest request, PredictorHost host, ModelSummaries summaries, HttpContext http, CancellationToken cancellationToken)
    {
        var name = request?.Name?.Trim() ?? string.Empty;
        var summary = await summaries.FindAsync(name, cancellationToken);
        if (summary is null)
        {
            return Refused($"There is no model named '{name}'. Register it first (Admin → Models → Upload), then pick it.");
        }

        if (!summary.IsValid)
        {
            return Refused($"Model '{name}' is broken and cannot be the default: {summary.Problem} Fix or re-register it.");
        }

        try
        {
            await host.SwitchAsync(name, http.User.Identity?.Name, cancellationToken);
        }
        catch (InvalidModelException ex)
        {
            return Refused($"Model '{name}' cannot be the default; the previous default stays. {ex.Message}");
        }

        return TypedResults.Ok((await summaries.FindAsync(name, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        string name, ModelSummaries summaries, ModelRegistration registration, PredictorHost host, CancellationToken cancellationToken)
    {
        var summary = await summaries.FindAsync(name, cancellationToken);
        if (summary is null)
        {
            return TypedResults.NotFound();
        }

        if (summary.IsBuiltIn)
        {
            return Refused($"'{name}' is built in (the server composes it) and cannot be deleted.");
        }

        if (name == host.DefaultModelName)
        {
            return Refused($"'{name}' is the default model; pick another default first, then delete it.");
        }

        registration.Delete(summary.Name);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Model refused");

    private static ProblemHttpResult TooLarge(long limit) => Refused(TooLargeMessage(limit));

    private static string TooLargeMessage(long limit) =>
        $"The model zip is larger than {limit / (1024 * 1024)} MB, the limit (Models:MaxUploadBytes).";
}
