using System.Net.Http.Headers;
using WebAttention.Core.Models;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Models;

/// <summary>
/// A server whose models root is its own temporary folder, seeded with a tiny configured default model
/// ("tiny-base"), so registering and deleting never touches the shared model cache. The first account
/// registered (here, at start) is the Admin.
/// </summary>
public sealed class ModelAdminFixture : IAsyncLifetime
{
    /// <summary>The configured (built-in for this server) default model.</summary>
    public const string BaseModel = "tiny-base";

    public ModelAdminFixture()
    {
        ModelsRoot = Path.Combine(Path.GetTempPath(), "webattention-tests", $"models-{Guid.NewGuid():N}");
        TinyModels.WriteFolder(ModelsRoot, BaseModel);
        Factory = new AppFactory(new Dictionary<string, string?>
        {
            ["Inference:ModelsRoot"] = ModelsRoot,
            ["Inference:DefaultModel"] = BaseModel,
            ["Inference:Device"] = "Cpu",
            ["Models:MaxUploadBytes"] = "65536",
        });
    }

    public string ModelsRoot { get; }

    public AppFactory Factory { get; }

    /// <summary>The Admin (first account).</summary>
    public TestUser Admin { get; private set; } = null!;

    /// <summary>A Creator (second account).</summary>
    public TestUser Creator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await TestUser.RegisterAsync(Factory.BaseAddress);
        Creator = await TestUser.RegisterAsync(Factory.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Admin.DisposeAsync();
            await Creator.DisposeAsync();
            await Factory.DisposeAsync();
        }
        finally
        {
            Directory.Delete(ModelsRoot, recursive: true);
        }
    }

    /// <summary>Every entry under the models root, hidden ones included (to prove a refusal left nothing).</summary>
    public string[] RootEntries() =>
        Directory.EnumerateFileSystemEntries(ModelsRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    /// <summary>POSTs <paramref name="zip"/> as the multipart upload the admin page sends.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient http, byte[] zip, string fileName = "model.zip")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, ModelRoutes.UploadField, fileName);
        return http.PostAsync(ModelRoutes.Models, content);
    }
}
