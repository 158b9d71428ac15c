using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebAttention.Client.Services;
using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Tests.Uploads;

public sealed class UploadOptionsTests
{
    private static ServiceProvider Provider(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddWebAttentionClient(
                new Uri("http://127.0.0.1/"),
                new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build())
            .BuildServiceProvider();

    [Fact]
    public void Upload_settings_are_bound_from_the_uploads_section()
    {
        using var provider = Provider(("Uploads:ChunkBytes", "32768"), ("Uploads:MaxAttemptsWithoutProgress", "2"));

        var options = provider.GetRequiredService<UploadOptions>();

        Assert.Equal((32768, 2), (options.ChunkBytes, options.MaxAttemptsWithoutProgress));
    }

    [Theory]
    [InlineData("Uploads:ChunkBytes", "0", "UploadOptions.ChunkBytes")]
    [InlineData("Uploads:ChunkBytes", "1000000", "UploadOptions.ChunkBytes")]
    [InlineData("Uploads:InFlightSeconds", "0", "UploadOptions.InFlightSeconds")]
    [InlineData("Uploads:MaxFileBytes", "-1", "UploadOptions.MaxFileBytes")]
    public void A_bad_value_is_refused_naming_the_setting(string key, string value, string named)
    {
        using var provider = Provider((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<UploadOptions>());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
