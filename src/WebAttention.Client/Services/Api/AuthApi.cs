using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;

namespace WebAttention.Client.Services.Api;

/// <summary>HTTP implementation of <see cref="IAuthApi"/>.</summary>
public sealed class AuthApi(HttpClient http) : IAuthApi
{
    /// <inheritdoc />
    public async Task<UserInfo?> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ApiRoutes.Me, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<UserInfo>(ApiJson.Options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AuthResult> LoginAsync(Credentials credentials, CancellationToken cancellationToken) =>
        PostCredentialsAsync(ApiRoutes.Login, credentials, cancellationToken);

    /// <inheritdoc />
    public Task<AuthResult> RegisterAsync(Credentials credentials, CancellationToken cancellationToken) =>
        PostCredentialsAsync(ApiRoutes.Register, credentials, cancellationToken);

    /// <inheritdoc />
    public async Task LogoutAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(ApiRoutes.Logout, content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task<AuthResult> PostCredentialsAsync(string route, Credentials credentials, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(route, credentials, ApiJson.Options, cancellationToken);
            return response.IsSuccessStatusCode
                ? AuthResult.Ok
                : AuthResult.Fail(await ApiError.ReadMessageAsync(response, cancellationToken));
        }
        catch (HttpRequestException ex)
        {
            return AuthResult.Fail($"Could not reach the server ({ex.Message}).");
        }
    }
}
