using WebAttention.Core;

namespace WebAttention.Server.Extensions;

/// <summary>What the server runs inference on, for the UI's device chip.</summary>
internal static class SystemApi
{
    public static void MapSystemApi(this WebApplication app) =>
        app.MapGet(ApiRoutes.System, (IInferenceStatus status) => TypedResults.Ok(status.Current))
            .RequireAuthorization();
}

/// <summary>Device and model in use.</summary>
public interface IInferenceStatus
{
    SystemInfo Current { get; }
}
