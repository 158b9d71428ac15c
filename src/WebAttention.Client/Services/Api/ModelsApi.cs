using System.Net.Http.Headers;
using System.Net.Http.Json;
using WebAttention.Core.Models;

namespace WebAttention.Client.Services.Api;

/// <summary>HTTP implementation of <see cref="IModelsApi"/>.</summary>
public sealed class ModelsApi(HttpClient http) : IModelsApi
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelSummary>> GetModelsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models, ApiJson.Options, cancellationToken) ?? [];

    /// <inheritdoc />
    public async Task<ModelSummary> RegisterAsync(Stream zip, long length, string fileName, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var content = new MultipartFormDataContent();
        var file = new ProgressStreamContent(zip, length, progress);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, ModelRoutes.UploadField, fileName);
        using var response = await http.PostAsync(ModelRoutes.Models, content, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ModelSummary> SetDefaultAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest(name), ApiJson.Options, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(ModelRoutes.Model(name), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private static async Task<ModelSummary> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<ModelSummary>(ApiJson.Options, cancellationToken)
            ?? throw new HttpRequestException("The server answered without the model.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(await ApiError.ReadMessageAsync(response, cancellationToken), null, response.StatusCode);
        }
    }
}
