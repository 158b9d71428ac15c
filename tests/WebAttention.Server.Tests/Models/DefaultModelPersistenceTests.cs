using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Models;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Models;

/// <summary>The admin's default model survives a restart of the server on the same data and models folders.</summary>
public sealed class DefaultModelPersistenceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "webattention-tests", $"restart-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_chosen_default_is_still_the_default_after_a_restart()
    {
        var models = Path.Combine(_root, "models");
        TinyModels.WriteFolder(models, ModelAdminFixture.BaseModel);
        TinyModels.WriteFolder(models, "tiny-kept", "4.0.0");

        await using (var first = NewServer())
        {
            await using var admin = await TestUser.RegisterAsync(first.BaseAddress, "admin@example.test");
            Assert.Equal($"{ModelAdminFixture.BaseModel}@1.0.0", (await WaitForModelAsync(admin.Http)).Model);
            using var pick = await admin.Http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest("tiny-kept"));
            Assert.Equal(HttpStatusCode.OK, pick.StatusCode);
        }

        await using var second = NewServer();
        using var again = await LogInAsync(second.BaseAddress);
        Assert.Equal("tiny-kept@4.0.0", (await WaitForModelAsync(again)).Model);
        var listed = await again.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models);
        Assert.Equal(["tiny-kept"], listed!.Where(m => m.IsDefault).Select(m => m.Name));
    }

    [Fact]
    public async Task A_chosen_default_that_vanished_falls_back_to_the_configured_one_at_start()
    {
        var models = Path.Combine(_root, "models");
        TinyModels.WriteFolder(models, ModelAdminFixture.BaseModel);
        TinyModels.WriteFolder(models, "tiny-gone", "5.0.0");
        await using (var first = NewServer())
        {
            await using var admin = await TestUser.RegisterAsync(first.BaseAddress, "admin@example.test");
            await WaitForModelAsync(admin.Http);
            using var pick = await admin.Http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest("tiny-gone"));
            Assert.Equal(HttpStatusCode.OK, pick.StatusCode);
        }
        Directory.Delete(Path.Combine(models, "tiny-gone"), recursive: true);

        await using var second = NewServer();
        using var again = await LogInAsync(second.BaseAddress);

        Assert.Equal($"{ModelAdminFixture.BaseModel}@1.0.0", (await WaitForModelAsync(again)).Model);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private AppFactory NewServer() => new(new Dictionary<string, string?>
    {
        ["Storage:DataRoot"] = Path.Combine(_root, "data"),
        ["Inference:ModelsRoot"] = Path.Combine(_root, "models"),
        ["Inference:DefaultModel"] = ModelAdminFixture.BaseModel,
        ["Inference:Device"] = "Cpu",
    });

    /// <summary>The warm-up loads the model in the background; wait until /api/system names one.</summary>
    private static async Task<SystemInfo> WaitForModelAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var info = (await http.GetFromJsonAsync<SystemInfo>(ApiRoutes.System))!;
            if (info.Model != "-")
            {
                return info;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The server did not load a model within 30 s.");
    }

    private static async Task<HttpClient> LogInAsync(Uri baseAddress)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new() }) { BaseAddress = baseAddress };
        using var response = await http.PostAsJsonAsync(ApiRoutes.Login, new Credentials("admin@example.test", "correct-horse-9"));
        response.EnsureSuccessStatusCode();
        return http;
    }
}
