using WebAttention.Client.Services.Api;
using WebAttention.Core.Models;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>An in-memory model registry that records calls and can refuse the next change with a message.</summary>
internal sealed class FakeModelsApi : IModelsApi
{
    public List<ModelSummary> Models { get; } = [];
    public List<string> DefaultRequests { get; } = [];
    public List<string> Deleted { get; } = [];
    public List<string> Uploaded { get; } = [];

    /// <summary>When set, the next change throws HttpRequestException with this message (as a 400 would).</summary>
    public string? RefuseWith { get; set; }

    public static ModelSummary Model(string name, bool isDefault = false, string? problem = null, bool builtIn = false) => new(
        name, "1.0.0", "MIT", isDefault, problem, "frames", "saliency", 32, 384, 16, new string('c', 64),
        "A test model.", "NHWC uint8 RGB", 1, 11_162_008, builtIn);

    public Task<IReadOnlyList<ModelSummary>> GetModelsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ModelSummary>>([.. Models]);

    public async Task<ModelSummary> RegisterAsync(Stream zip, long length, string fileName, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await zip.CopyToAsync(copy, cancellationToken);
        Refuse();
        Uploaded.Add(fileName);
        var model = Model(Path.GetFileNameWithoutExtension(fileName));
        Models.Add(model);
        return model;
    }

    public Task<ModelSummary> SetDefaultAsync(string name, CancellationToken cancellationToken)
    {
        DefaultRequests.Add(name);
        Refuse();
        for (var i = 0; i < Models.Count; i++)
        {
            Models[i] = Models[i] with { IsDefault = Models[i].Name == name };
        }
        return Task.FromResult(Models.Single(m => m.Name == name));
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        Refuse();
        Deleted.Add(name);
        Models.RemoveAll(m => m.Name == name);
        return Task.CompletedTask;
    }

    private void Refuse()
    {
        if (RefuseWith is { } message)
        {
            RefuseWith = null;
            throw new HttpRequestException(message, null, System.Net.HttpStatusCode.BadRequest);
        }
    }
}
