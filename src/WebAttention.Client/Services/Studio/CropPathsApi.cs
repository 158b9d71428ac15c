using System.Net;
using System.Net.Http.Json;
using WebAttention.Client.Services.Api;
using WebAttention.Core;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Services.Studio;

/// <summary>HTTP implementation of <see cref="ICropPathsApi"/>; failures throw <see cref="HttpRequestException"/> with the server's words.</summary>
public sealed class CropPathsApi(HttpClient http) : ICropPathsApi
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CropPathSummary>> GetPathsAsync(Guid clipId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ApiRoutes.CropPaths(clipId), cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<CropPathSummary[]>(ApiJson.Options, cancellationToken) ?? [];
    }

    /// <inheritdoc />
    public async Task<CropPathView?> GetPathAsync(Guid clipId, string aspect, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ApiRoutes.CropPath(clipId, aspect), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        await EnsureAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<CropPathView>(ApiJson.Options, cancellationToken);
    }

    /// <inheritdoc />
    public async Task ReframeAsync(Guid clipId, ReframeRequestDto request, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(ApiRoutes.CropPaths(clipId), request, ApiJson.Options, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<KeyframeEditResult> PutKeyframesAsync(Guid clipId, string aspect, KeyframeEdit edit, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(ApiRoutes.CropPathKeyframes(clipId, aspect), edit, ApiJson.Options, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return new KeyframeEditResult(null);
        }
        await EnsureAsync(response, cancellationToken);
        return new KeyframeEditResult(await response.Content.ReadFromJsonAsync<CropPathView>(ApiJson.Options, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExportSummary>> GetExportsAsync(Guid clipId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ApiRoutes.Exports(clipId), cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<ExportSummary[]>(ApiJson.Options, cancellationToken) ?? [];
    }

    /// <inheritdoc />
    public async Task StartExportAsync(Guid clipId, ExportRequest request, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(ApiRoutes.Exports(clipId), request, ApiJson.Options, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(await ApiError.ReadMessageAsync(response, cancellationToken), null, response.StatusCode);
        }
    }
}
