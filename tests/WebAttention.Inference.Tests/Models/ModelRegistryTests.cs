using WebAttention.Inference.Models;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Models;

public sealed class ModelRegistryTests : IDisposable
{
    private static readonly byte[] ModelBytes = [1, 2, 3, 4, 5];
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_valid_folder_loads_with_its_manifest()
    {
        Manifests.WriteFolder(_root.Path, "good", ModelBytes);
        var registry = TestOptions.Registry(_root.Path, "good");

        var loaded = await registry.LoadDefaultAsync(CancellationToken.None);

        Assert.Equal("good", loaded.Manifest.Name);
        Assert.Equal(Path.Combine(_root.Path, "good", "model.onnx"), loaded.ModelPath);
    }

    [Fact]
    public async Task A_checksum_mismatch_is_refused_with_both_hashes_in_the_message()
    {
        Manifests.WriteFolder(_root.Path, "tampered", ModelBytes);
        File.WriteAllBytes(_root.Combine("tampered", "model.onnx"), [9, 9, 9]);
        var registry = TestOptions.Registry(_root.Path, "tampered");

        var error = await Assert.ThrowsAsync<InvalidModelException>(() => registry.LoadAsync("tampered", CancellationToken.None));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.Contains(FileHash.Sha256Hex(ModelBytes), error.Message, StringComparison.Ordinal);
        Assert.Contains(FileHash.Sha256Hex([9, 9, 9]), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_model_onnx_is_refused()
    {
        Manifests.WriteFolder(_root.Path, "empty", ModelBytes);
        File.Delete(_root.Combine("empty", "model.onnx"));

        var error = await Assert.ThrowsAsync<InvalidModelException>(
            () => TestOptions.Registry(_root.Path, "empty").LoadDefaultAsync(CancellationToken.None));

        Assert.Contains("has no model.onnx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_named_unlike_its_folder_is_refused()
    {
        var folder = Manifests.WriteFolder(_root.Path, "alpha", ModelBytes);
        Directory.Move(folder, _root.Combine("beta"));

        var error = await Assert.ThrowsAsync<InvalidModelException>(
            () => TestOptions.Registry(_root.Path, "beta").LoadDefaultAsync(CancellationToken.None));

        Assert.Contains("folder name must equal the manifest name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unregistered_name_says_where_it_looked()
    {
        var error = await Assert.ThrowsAsync<InvalidModelException>(
            () => TestOptions.Registry(_root.Path, "nope").LoadDefaultAsync(CancellationToken.None));

        Assert.Contains(_root.Combine("nope"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_shows_valid_and_broken_folders_and_marks_the_default()
    {
        Manifests.WriteFolder(_root.Path, "a-good", ModelBytes);
        Directory.CreateDirectory(_root.Combine("b-broken"));
        File.WriteAllText(_root.Combine("b-broken", "manifest.json"), "{}");
        Directory.CreateDirectory(_root.Combine(".staging"));
        var registry = TestOptions.Registry(_root.Path, "a-good");

        var listing = await registry.ListAsync(CancellationToken.None);

        Assert.Collection(
            listing,
            good =>
            {
                Assert.Equal("a-good", good.FolderName);
                Assert.NotNull(good.Manifest);
                Assert.True(good.IsDefault);
            },
            broken =>
            {
                Assert.Equal("b-broken", broken.FolderName);
                Assert.Null(broken.Manifest);
                Assert.Contains("'name' is missing", broken.Problem, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task A_missing_root_lists_nothing()
    {
        var registry = TestOptions.Registry(_root.Combine("absent"), "x");

        Assert.Empty(await registry.ListAsync(CancellationToken.None));
    }
}
