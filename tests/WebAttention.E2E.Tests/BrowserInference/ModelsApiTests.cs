using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using WebAttention.Testing;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>The model list and graph download that the browser model depends on, over the real server.</summary>
[Collection(BrowserInferenceCollection.Name)]
public sealed class ModelsApiTests(BrowserInferenceFixture fixture)
{
    private sealed record Summary(string Name, string? Version, string? Licence, bool IsDefault, string? Problem, string? Sha256);

    [Fact]
    public async Task Models_need_a_signed_in_user()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/models", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/models/resnet18-readout-v1/model.onnx", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_default_graph_is_served_whole_by_range_and_revalidates_by_its_checksum()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var models = await user.Http.GetFromJsonAsync<Summary[]>(new Uri("/api/models", UriKind.Relative));
        var model = Assert.Single(models!, m => m.IsDefault);
        Assert.Null(model.Problem);
        var url = new Uri($"/api/models/{model.Name}/model.onnx", UriKind.Relative);

        using var whole = await user.Http.GetAsync(url);
        whole.EnsureSuccessStatusCode();
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        Assert.Equal(model.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal($"\"{model.Sha256}\"", whole.Headers.ETag?.Tag);

        using var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(0, 99);
        using var partial = await user.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[..100], await partial.Content.ReadAsByteArrayAsync());

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{model.Sha256}\""));
        using var notModified = await user.Http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("no-such-model")]
    [InlineData("..%2F..%2Fwebattention.db")]
    [InlineData("Resnet18-Readout-V1")]
    public async Task Unknown_or_unsafe_names_are_not_found(string name)
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        using var response = await user.Http.GetAsync(new Uri($"/api/models/{name}/model.onnx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
