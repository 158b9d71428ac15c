using Amazon.Runtime;
using Amazon.S3;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using StackExchange.Redis;
using WebAttention.Data;
using WebAttention.Pipeline.Configuration;
using WebAttention.Server.Options;

namespace WebAttention.Server.Storage;

/// <summary>
/// What configuration alone switches between embedded and scale-out mode: the database provider
/// (<c>Database:Provider</c>, <c>ConnectionStrings:App</c>), the SignalR backplane (<c>ConnectionStrings:Redis</c>)
/// and the media store (<c>Storage:Media</c> = Local | S3). Nothing set means SQLite, in-process, the data folder.
/// </summary>
public static class ScaleOutExtensions
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>The app's database on the configured provider; SQLite in the data folder by default.</summary>
    public static IServiceCollection AddConfiguredDatabase(this IServiceCollection services, IConfiguration config)
    {
        var provider = ParseProvider(config[ProviderKey]);
        var configured = config.GetConnectionString("App");
        return services.AddAppDatabase(provider, sp =>
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured;
            }
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
            {
                return storage.ConnectionString;
            }
            return provider == DatabaseProvider.Sqlite
                ? $"Data Source={sp.GetRequiredService<MediaPaths>().DatabaseFile}"
                : throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:App is empty.");
        });
    }

    /// <summary>Parses <c>Database:Provider</c>; empty means SQLite, anything unknown is refused by name.</summary>
    public static DatabaseProvider ParseProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"Database:Provider '{value}' is not one of Sqlite, PostgreSql.");

    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set, hub messages travel through Redis so any node reaches every client, and
    /// the data-protection key ring lives there too, so a sign-in cookie issued by one web node is read by the others.
    /// </summary>
    public static ISignalRServerBuilder AddConfiguredBackplane(this ISignalRServerBuilder signalR, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(signalR);
        var redis = config.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("webattention"));
            var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
            signalR.Services.AddDataProtection()
                .SetApplicationName("WebAttention")
                .PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), "webattention:data-protection-keys");
        }
        return signalR;
    }

    /// <summary>The media store: the data folder by default, an S3-compatible bucket when <c>Storage:Media=S3</c>.</summary>
    public static IServiceCollection AddConfiguredMediaStore(this IServiceCollection services, IConfiguration config)
    {
        var kind = config["Storage:Media"];
        if (string.IsNullOrWhiteSpace(kind) || kind.Equals("Local", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSingleton<IMediaStore, LocalMediaStore>();
        }
        if (!kind.Equals("S3", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Media '{kind}' is not one of Local, S3.");
        }
        services.AddValidatedOptions<S3MediaOptions, S3MediaOptionsValidator>(config, S3MediaOptions.SectionName);
        services.AddSingleton<IAmazonS3>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<S3MediaOptions>>().Value;
            var s3Config = new AmazonS3Config
            {
                ForcePathStyle = o.ForcePathStyle,
                AuthenticationRegion = o.Region,
                // Checksums only where S3 requires them: self-hosted stores (s3rver) refuse the trailing-checksum uploads.
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            };
            if (!string.IsNullOrWhiteSpace(o.ServiceUrl))
            {
                s3Config.ServiceURL = o.ServiceUrl;
            }
            else
            {
                s3Config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(o.Region);
            }
            return new AmazonS3Client(new BasicAWSCredentials(o.AccessKey, o.SecretKey), s3Config);
        });
        services.AddResiliencePipeline(S3MediaStore.PipelineName, pipeline => pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(S3MediaStore.IsTransient),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            MaxRetryAttempts = 4,
            Delay = TimeSpan.FromMilliseconds(200),
        }));
        return services.AddSingleton<IMediaStore, S3MediaStore>();
    }
}
