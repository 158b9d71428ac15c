using Microsoft.AspNetCore.SignalR.Client;

namespace WebAttention.Client.Services.Hub;

/// <summary>Reconnects quickly at first, then every 10 s, and never gives up (an upload may be waiting).</summary>
public sealed class ForeverRetryPolicy : IRetryPolicy
{
    private static readonly TimeSpan[] Delays =
        [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <inheritdoc />
    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        ArgumentNullException.ThrowIfNull(retryContext);
        return retryContext.PreviousRetryCount < Delays.Length
            ? Delays[retryContext.PreviousRetryCount]
            : TimeSpan.FromSeconds(10);
    }
}
