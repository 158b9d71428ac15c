using WebAttention.Core.Live;
using WebAttention.Pipeline.Configuration;

namespace WebAttention.Server.Live;

/// <summary>Composition of live streaming: the hub, its limits and the session factory.</summary>
public static class LiveServiceCollectionExtensions
{
    /// <summary>Registers the live hub's services and its own message limit (a frame plus envelope, above the clips hub's).</summary>
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<LiveOptions, LiveOptionsValidator>(config, LiveOptions.SectionName);
        services.AddSingleton<LiveSessionFactory>();
        services.AddSignalR().AddHubOptions<LiveHub>(o =>
        {
            o.MaximumReceiveMessageSize = LiveHubContract.MaxMessageBytes;
            // Frames waiting in the hub's stream buffer are bounded; beyond it the connection stops reading (TCP back-pressure).
            o.StreamBufferCapacity = LiveHubContract.DefaultFramesInFlight * 2;
        });
        return services;
    }

    /// <summary>Maps the live hub at <see cref="LiveHubContract.Route"/> and the pipeline settings the browser's local mode fuses with.</summary>
    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<LiveHub>(LiveHubContract.Route);
        endpoints.MapLivePipelineApi();
        return endpoints;
    }
}
