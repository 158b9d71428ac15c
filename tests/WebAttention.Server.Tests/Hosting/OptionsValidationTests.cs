using Microsoft.Extensions.Options;
using WebAttention.Server.Tests.Infrastructure;

namespace WebAttention.Server.Tests.Hosting;

/// <summary>Every options type the server binds is checked at start-up: a bad value stops the server and the error names the setting.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Storage:DataRoot", "", "StorageOptions.DataRoot")]
    [InlineData("Uploads:MaxBytes", "0", "UploadOptions.MaxBytes")]
    [InlineData("Jobs:InvisibilitySeconds", "1", "JobOptions.InvisibilitySeconds")]
    [InlineData("Jobs:RetryDelaysSeconds", "soon", "JobOptions.RetryDelaysSeconds")]
    [InlineData("Models:MaxUploadBytes", "1", "ModelOptions.MaxUploadBytes")]
    [InlineData("Metrics:Access", "42", "MetricsOptions.Access")]
    [InlineData("Analysis:BatchSize", "0", "AnalysisOptions.BatchSize")]
    [InlineData("Analysis:ShotCuts:MinShotFrames", "0", "MinShotFrames")]
    [InlineData("Analysis:Motion:PyramidLevels", "0", "MotionOptions.PyramidLevels")]
    [InlineData("Inference:Faces:MinScore", "2", "BlazeFaceOptions.MinScore")]
    [InlineData("Inference:IntraOpThreads", "-1", "InferenceOptions.IntraOpThreads")]
    [InlineData("Media:Proxy:Crf", "99", "ProxyOptions.Crf")]
    [InlineData("Media:Limits:MaxWidth", "0", "MediaLimits.MaxWidth")]
    [InlineData("Exports:Edl:RecordStartFrame", "-1", "EdlOptions.RecordStartFrame")]
    public void A_bad_value_stops_the_server_at_start_up_naming_the_setting(string key, string value, string named)
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { [key] = value, ["Inference:ModelsRoot"] = ServerFixture.ModelsFolder });

        var error = Assert.ThrowsAny<Exception>(() => factory.BaseAddress);

        var validation = Flatten(error).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, $"Expected an options validation failure, got: {error}");
        Assert.Contains(named, validation.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
