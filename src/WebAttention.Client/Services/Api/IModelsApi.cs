using WebAttention.Core.Models;

namespace WebAttention.Client.Services.Api;

/// <summary>The server's model registry: list (all users), register, pick the default and delete (Admin).</summary>
public interface IModelsApi
{
    /// <summary>Every registered model, valid or broken.</summary>
    Task<IReadOnlyList<ModelSummary>> GetModelsAsync(CancellationToken cancellationToken);

    /// <summary>Uploads a model zip of <paramref name="length"/> bytes; <paramref name="progress"/> gets the fraction of bytes sent (0..1).</summary>
    /// <exception cref="HttpRequestException">The server refused it; the message says why.</exception>
    Task<ModelSummary> RegisterAsync(Stream zip, long length, string fileName, IProgress<double>? progress, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="name"/> the model new analysis jobs use.</summary>
    Task<ModelSummary> SetDefaultAsync(string name, CancellationToken cancellationToken);

    /// <summary>Deletes a registered model (neither the default nor built in).</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);
}
