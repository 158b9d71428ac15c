using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebAttention.Data;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Tests.Storage;

public sealed class ScaleOutConfigurationTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    public void The_database_provider_comes_from_configuration_with_SQLite_the_default(string? value, DatabaseProvider expected) =>
        Assert.Equal(expected, ScaleOutExtensions.ParseProvider(value));

    [Theory]
    [InlineData("Postgres")]
    [InlineData("2")]
    public void An_unknown_provider_is_refused_by_name(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ScaleOutExtensions.ParseProvider(value));

        Assert.Contains(value, error.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/clips/0b8f1c1e2d3a4b5c6d7e8f9a0b1c2d3e/saliency/index", true)]
    [InlineData("/api/clips/0b8f1c1e-2d3a-4b5c-6d7e-8f9a0b1c2d3e", true)]
    [InlineData("/api/clips", false)]
    [InlineData("/api/clips/", false)]
    [InlineData("/api/clips/not-a-guid/video", false)]
    [InlineData("/api/models/0b8f1c1e2d3a4b5c6d7e8f9a0b1c2d3e", false)]
    public void Only_clip_addresses_sync_media(string path, bool isClip)
    {
        var id = ClipMediaSync.ClipId(new PathString(path));

        Assert.Equal(isClip, id.HasValue);
        if (isClip)
        {
            Assert.Equal(Guid.Parse("0b8f1c1e2d3a4b5c6d7e8f9a0b1c2d3e"), id);
        }
    }

    [Fact]
    public void The_media_store_is_the_local_folder_unless_S3_is_configured()
    {
        using var services = new ServiceCollection().AddConfiguredMediaStore(Config()).BuildServiceProvider();

        Assert.IsType<LocalMediaStore>(services.GetRequiredService<IMediaStore>());
    }

    [Fact]
    public void An_unknown_media_store_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddConfiguredMediaStore(Config(("Storage:Media", "Azure"))));

        Assert.Contains("'Azure'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void S3_without_a_bucket_or_keys_fails_at_start_naming_them()
    {
        using var services = new ServiceCollection().AddLogging().AddSingleton<MediaPaths>()
            .AddConfiguredMediaStore(Config(("Storage:Media", "S3"), ("Storage:S3:ServiceUrl", "http://127.0.0.1:9")))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<S3MediaOptions>>().Value);

        Assert.Contains(nameof(S3MediaOptions.Bucket), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(S3MediaOptions.AccessKey), error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
