using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Services.Api;

/// <summary>HTTP implementation of <see cref="IClipInsightsApi"/>; a 404 is "none", other failures throw <see cref="HttpRequestException"/>.</summary>
public sealed class ClipInsightsApi(HttpClient http) : IClipInsightsApi
{
    /// <inheritdoc />
    public Task<AttentionTimelineView?> GetAttentionTimelineAsync(Guid clipId, CancellationToken cancellationToken) =>
        GetOrNullAsync<AttentionTimelineView>(ApiRoutes.AttentionTimeline(clipId), cancellationToken);

    /// <inheritdoc />
    public Task<ClipFacesView?> GetFacesAsync(Guid clipId, CancellationToken cancellationToken) =>
        GetOrNullAsync<ClipFacesView>(ApiRoutes.Faces(clipId), cancellationToken);

    private async Task<T?> GetOrNullAsync<T>(string route, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await http.GetAsync(route, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {route} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
        return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken);
    }
}
