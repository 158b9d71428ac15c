using System.Net.Http.Json;
using WebAttention.Core;

namespace WebAttention.Client.Services.Api;

/// <summary>What the server runs inference on.</summary>
public interface ISystemApi
{
    /// <summary>The server's inference device and model, or null when unavailable.</summary>
    Task<SystemInfo?> GetSystemInfoAsync(CancellationToken cancellationToken);
}

/// <summary>HTTP implementation of <see cref="ISystemApi"/>.</summary>
public sealed class SystemApi(HttpClient http) : ISystemApi
{
    /// <inheritdoc />
    public async Task<SystemInfo?> GetSystemInfoAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetFromJsonAsync<SystemInfo>(ApiRoutes.System, ApiJson.Options, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
