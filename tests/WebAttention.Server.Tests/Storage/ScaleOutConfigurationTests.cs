using Microsoft.AspNetCore.Http;
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
}
