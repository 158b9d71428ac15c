using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Services.Api;

/// <summary>HTTP implementation of <see cref="IClipsApi"/>.</summary>
public sealed class ClipsApi(HttpClient http) : IClipsApi
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ClipSummary>> GetClipsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<ClipSummary[]>(ApiRoutes.Clips, ApiJson.Options, cancellationToken) ?? [];

    /// <inheritdoc />
    public async Task<ClipSummary?> GetClipAsync(Guid clipId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ApiRoutes.Clip(clipId), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(await ApiError.ReadMessageAsync(response, cancellationToken), null, response.StatusCode);
        }
        return await response.Content.ReadFromJsonAsync<ClipSummary>(ApiJson.Options, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(ApiRoutes.Clip(clipId), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(await ApiError.ReadMessageAsync(response, cancellationToken), null, response.StatusCode);
        }
    }
}
