using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Models;
using WebAttention.Core.Saliency;
using WebAttention.Inference.Models;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Models;

/// <summary>Admins register, pick and delete models over real HTTP; refusals are 400 with a reason and leave nothing on disk.</summary>
public sealed class ModelAdminTests(ModelAdminFixture fixture) : IClassFixture<ModelAdminFixture>
{
    [Fact]
    public async Task A_valid_model_zip_is_registered_and_listed()
    {
        using var response = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("tiny-listed", "2.1.0"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ModelSummary>())!;
        Assert.Equal(("tiny-listed", "2.1.0", true), (created.Name, created.Version, created.IsValid));
        var listed = await fixture.Creator.Http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models);
        var entry = Assert.Single(listed!, m => m.Name == "tiny-listed");
        Assert.Equal((1, ModelLayouts.NhwcUint8Rgb, false), (entry.TemporalWindow, entry.InputLayout, entry.IsDefault));
        Assert.True(entry.SizeBytes > 0);
        Assert.True(File.Exists(Path.Combine(fixture.ModelsRoot, "tiny-listed", ModelManifest.ModelFileName)));
    }

    [Fact]
    public async Task A_zip_whose_checksum_does_not_match_is_refused_and_leaves_nothing_behind()
    {
        var before = fixture.RootEntries();
        var graph = TinyModels.Graph();
        var manifest = TinyModels.Manifest("tiny-bad-hash", "1.0.0", graph, sha256: new string('a', 64));
        var zip = TinyModels.Zip((ModelManifest.ModelFileName, graph), (ModelManifest.FileName, Encoding.UTF8.GetBytes(ManifestWriter.ToJson(manifest))));

        using var response = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, zip);

        var problem = await RefusalAsync(response);
        Assert.Contains("SHA-256", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, fixture.RootEntries());
    }

    [Fact]
    public async Task A_zip_with_a_parent_folder_entry_is_refused()
    {
        var valid = TinyModels.Graph();
        var zip = TinyModels.Zip(
            ("../x", [1, 2, 3]),
            (ModelManifest.ModelFileName, valid),
            (ModelManifest.FileName, Encoding.UTF8.GetBytes(ManifestWriter.ToJson(TinyModels.Manifest("tiny-escape", "1.0.0", valid)))));
        var before = fixture.RootEntries();

        using var response = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, zip);

        var problem = await RefusalAsync(response);
        Assert.Contains("unsafe path", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, fixture.RootEntries());
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(fixture.ModelsRoot)!, "x")));
    }

    [Fact]
    public async Task A_graph_whose_map_size_contradicts_the_manifest_is_refused_after_a_dry_run()
    {
        var graph = TinyModels.Graph(poolStride: 8); // manifest promises outputScale 16
        var zip = TinyModels.Zip(
            (ModelManifest.ModelFileName, graph),
            (ModelManifest.FileName, Encoding.UTF8.GetBytes(ManifestWriter.ToJson(TinyModels.Manifest("tiny-wrong-scale", "1.0.0", graph)))));

        using var response = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, zip);

        var problem = await RefusalAsync(response);
        Assert.Contains("dry run", problem.Detail, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(fixture.ModelsRoot, "tiny-wrong-scale")));
    }

    [Fact]
    public async Task A_name_already_registered_is_refused()
    {
        using var first = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("tiny-twice", "1.0.0"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("tiny-twice", "1.1.0"));

        var problem = await RefusalAsync(second);
        Assert.Contains("already registered (tiny-twice@1.0.0)", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_named_like_a_built_in_one_is_refused()
    {
        using var response = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("resnet18-readout-v1"));

        Assert.Contains("built-in model", (await RefusalAsync(response)).Detail, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(fixture.ModelsRoot, "resnet18-readout-v1")));
    }

    [Fact]
    public async Task A_zip_over_the_size_limit_is_refused()
    {
        var padding = new byte[70_000];
        Random.Shared.NextBytes(padding); // incompressible, so the zip itself is over the 64 KB test limit

        using var response = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.Zip(("model.onnx", padding), ("manifest.json", [])));

        var problem = await RefusalAsync(response);
        Assert.Contains("larger than", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_admin_gets_403_and_nothing_changes()
    {
        using var upload = await ModelAdminFixture.UploadAsync(fixture.Creator.Http, TinyModels.ValidZip("tiny-by-creator"));
        using var pick = await fixture.Creator.Http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest(ModelAdminFixture.BaseModel));
        using var delete = await fixture.Creator.Http.DeleteAsync(ModelRoutes.Model(ModelAdminFixture.BaseModel));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { upload.StatusCode, pick.StatusCode, delete.StatusCode });
        Assert.False(Directory.Exists(Path.Combine(fixture.ModelsRoot, "tiny-by-creator")));
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Factory.BaseAddress };

        using var upload = await ModelAdminFixture.UploadAsync(anonymous, TinyModels.ValidZip("tiny-anonymous"));
        using var pick = await anonymous.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest(ModelAdminFixture.BaseModel));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { upload.StatusCode, pick.StatusCode });
    }

    [Fact]
    public async Task Setting_the_default_shows_in_system_and_names_the_model_in_the_next_analysis()
    {
        using var created = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("tiny-next", "3.0.0"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var pick = await fixture.Admin.Http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest("tiny-next"));

        Assert.Equal(HttpStatusCode.OK, pick.StatusCode);
        Assert.True((await pick.Content.ReadFromJsonAsync<ModelSummary>())!.IsDefault);
        var system = await fixture.Admin.Http.GetFromJsonAsync<SystemInfo>(ApiRoutes.System);
        Assert.Equal("tiny-next@3.0.0", system!.Model);
        var listed = await fixture.Admin.Http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models);
        Assert.Equal(["tiny-next"], listed!.Where(m => m.IsDefault).Select(m => m.Name));

        var clip = await File.ReadAllBytesAsync(await GeneratedClips.TestPatternAsync());
        var settled = await ClipWaiter.UploadUntilReadyAsync(fixture.Admin, "after-switch.mp4", clip);
        var index = await fixture.Admin.Http.GetFromJsonAsync<SaliencyIndex>(ApiRoutes.SaliencyIndex(settled.Id));
        // The index names the model and the channels fused with it ("+faces", "+motion").
        Assert.Matches(@"^tiny-next@3\.0\.0(\+|$)", index!.Model);

        using var deleteDefault = await fixture.Admin.Http.DeleteAsync(ModelRoutes.Model("tiny-next"));
        Assert.Contains("is the default model", (await RefusalAsync(deleteDefault)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_cannot_become_the_default_and_the_old_one_stays()
    {
        var before = await fixture.Admin.Http.GetFromJsonAsync<SystemInfo>(ApiRoutes.System);

        using var pick = await fixture.Admin.Http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest("no-such-model"));

        Assert.Contains("no model named 'no-such-model'", (await RefusalAsync(pick)).Detail, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.Admin.Http.GetFromJsonAsync<SystemInfo>(ApiRoutes.System));
    }

    [Fact]
    public async Task A_broken_model_cannot_become_the_default()
    {
        using var created = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("tiny-damaged"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await File.AppendAllTextAsync(Path.Combine(fixture.ModelsRoot, "tiny-damaged", ModelManifest.ModelFileName), "tampered");

        using var pick = await fixture.Admin.Http.PutAsJsonAsync(ModelRoutes.Default, new DefaultModelRequest("tiny-damaged"));

        Assert.Contains("broken", (await RefusalAsync(pick)).Detail, StringComparison.Ordinal);
        var listed = await fixture.Admin.Http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models);
        Assert.Contains("sha256", listed!.Single(m => m.Name == "tiny-damaged").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_model_can_be_deleted_but_the_built_in_one_cannot()
    {
        using var created = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip("tiny-doomed"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var delete = await fixture.Admin.Http.DeleteAsync(ModelRoutes.Model("tiny-doomed"));
        using var builtIn = await fixture.Admin.Http.DeleteAsync(ModelRoutes.Model(ModelAdminFixture.BaseModel));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(fixture.ModelsRoot, "tiny-doomed")));
        Assert.DoesNotContain(await fixture.Admin.Http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models) ?? [], m => m.Name == "tiny-doomed");
        Assert.Contains("built in", (await RefusalAsync(builtIn)).Detail, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(fixture.ModelsRoot, ModelAdminFixture.BaseModel)));
    }

    private static async Task<ProblemDetails> RefusalAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var problem = System.Text.Json.JsonSerializer.Deserialize<ProblemDetails>(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        return problem;
    }
}
