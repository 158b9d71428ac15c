using Microsoft.AspNetCore.SignalR;

namespace WebAttention.Server.Hubs;

/// <summary>
/// A browser that reloads, closes its tab or cancels an upload ends the hub call it was in. That is expected: it is
/// logged at Information without a stack trace, and the call ends quietly (nobody waits for its result), instead of
/// SignalR's "Failed invoking hub method" error. Anything else still fails loudly.
/// </summary>
public sealed class ExpectedDisconnectFilter(ILogger<ExpectedDisconnectFilter> logger) : IHubFilter
{
    // The SignalR client completes a client-to-server stream with this error when its side was cancelled;
    // the server's stream reader throws it as a HubException carrying the message.
    private const string StreamCanceledByClient = "Stream canceled by client.";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (IsExpectedDisconnect(ex, invocationContext.Context.ConnectionAborted))
        {
            logger.LogInformation(
                "Hub call {Method} of {User} ended by the client ({Reason})",
                invocationContext.HubMethodName,
                invocationContext.Context.UserIdentifier,
                ex.Message);
            return null;
        }
    }

    /// <summary>A cancellation caused by the connection closing, or a stream the client cancelled.</summary>
    internal static bool IsExpectedDisconnect(Exception exception, CancellationToken connectionAborted) =>
        exception switch
        {
            OperationCanceledException or IOException => connectionAborted.IsCancellationRequested,
            HubException => exception.Message == StreamCanceledByClient,
            _ => false,
        };
}
