using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebAttention.Client.Services.Uploads;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Services.Hub;

/// <summary>
/// The browser's one connection to the clips hub (MessagePack, automatic reconnect). Started on first use;
/// re-watches clips after a reconnect.
/// </summary>
public sealed class ClipHubConnection : IUploadHub, IClipEvents, IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly ILogger<ClipHubConnection> logger;
    private readonly SemaphoreSlim startGate = new(1, 1);
    private readonly HandlerList<UploadAck> ackHandlers = new();
    private readonly HandlerList<JobProgress> progressHandlers = new();
    private readonly HandlerList<ClipSummary> clipHandlers = new();
    private readonly HandlerList<bool> lostHandlers = new();
    private readonly HandlerList<CropPathChange> pathHandlers = new();
    private readonly HashSet<Guid> watched = [];

    /// <summary>Builds the connection to <see cref="ClipHubContract.Route"/> on the app's origin.</summary>
    public ClipHubConnection(NavigationManager navigation, ILogger<ClipHubConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        this.logger = logger;
        connection = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri(ClipHubContract.Route))
            .AddMessagePackProtocol()
            .WithAutomaticReconnect(new ForeverRetryPolicy())
            .Build();

        connection.On<UploadAck>(nameof(IClipClient.UploadAcknowledged), ack => ackHandlers.Invoke(ack));
        connection.On<JobProgress>(nameof(IClipClient.JobProgressed), progressHandlers.InvokeAsync);
        connection.On<ClipSummary>(nameof(IClipClient.ClipChanged), clipHandlers.InvokeAsync);
        connection.On<Guid, string, int>(
            nameof(IClipClient.CropPathChanged), (clipId, aspect, revision) => pathHandlers.InvokeAsync(new(clipId, aspect, revision)));
        connection.Reconnecting += OnDroppedAsync;
        connection.Closed += OnDroppedAsync;
        connection.Reconnected += OnReconnectedAsync;
    }

    /// <summary>Current connection state.</summary>
    public HubConnectionState State => connection.State;

    /// <inheritdoc />
    public async Task WaitUntilConnectedAsync(CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (connection.State)
            {
                case HubConnectionState.Connected:
                    return;
                case HubConnectionState.Disconnected:
                    try
                    {
                        await StartAsync(cancellationToken);
                        return;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        logger.LogWarning(ex, "Could not connect to the clips hub; retrying in {Delay}.", backoff);
                        await Task.Delay(backoff, cancellationToken);
                        backoff = TimeSpan.FromSeconds(Math.Min(10, backoff.TotalSeconds * 2));
                    }
                    break;
                default:
                    // Connecting or reconnecting: the automatic reconnect is working on it.
                    await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Stops the connection (after logout); the next use starts a new one with the new cookie.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await startGate.WaitAsync(cancellationToken);
        try
        {
            watched.Clear();
            await connection.StopAsync(cancellationToken);
        }
        finally
        {
            startGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<UploadSession> BeginUploadAsync(BeginUploadRequest request, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        return await connection.InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, request, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<UploadSession?> ResumeUploadAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        try
        {
            return await connection.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, uploadId, cancellationToken);
        }
        catch (HubException ex)
        {
            logger.LogInformation(ex, "Upload {UploadId} cannot be resumed.", uploadId);
            return null;
        }
    }

    /// <inheritdoc />
    public async Task UploadChunksAsync(Guid uploadId, IAsyncEnumerable<UploadChunk> chunks, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        // InvokeAsync (not SendAsync) so a HubException that ends the stream reaches the caller.
        await connection.InvokeAsync(ClipHubContract.UploadChunks, uploadId, chunks, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<UploadResult> CompleteUploadAsync(Guid uploadId, string sha256Hex, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        return await connection.InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, uploadId, sha256Hex, cancellationToken);
    }

    /// <inheritdoc />
    public async Task CancelUploadAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        await connection.InvokeAsync(ClipHubContract.CancelUpload, uploadId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<UploadSummary[]> ListUploadsAsync(CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        return await connection.InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> CheckUploadHeadAsync(Guid uploadId, long headLength, string sha256Hex, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        return await connection.InvokeAsync<bool>(ClipHubContract.CheckUploadHead, uploadId, headLength, sha256Hex, cancellationToken);
    }

    /// <inheritdoc />
    public async Task WatchClipAsync(Guid clipId, CancellationToken cancellationToken)
    {
        await WaitUntilConnectedAsync(cancellationToken);
        watched.Add(clipId);
        await connection.InvokeAsync(ClipHubContract.WatchClip, clipId, cancellationToken);
    }

    /// <inheritdoc />
    public IDisposable OnUploadAcknowledged(Action<UploadAck> handler) =>
        ackHandlers.Add(ack =>
        {
            handler(ack);
            return Task.CompletedTask;
        });

    /// <inheritdoc />
    public IDisposable OnConnectionLost(Action handler) =>
        lostHandlers.Add(_ =>
        {
            handler();
            return Task.CompletedTask;
        });

    /// <inheritdoc />
    public IDisposable OnJobProgressed(Func<JobProgress, Task> handler) => progressHandlers.Add(handler);

    /// <inheritdoc />
    public IDisposable OnClipChanged(Func<ClipSummary, Task> handler) => clipHandlers.Add(handler);

    /// <inheritdoc />
    public IDisposable OnCropPathChanged(Func<CropPathChange, Task> handler) => pathHandlers.Add(handler);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        connection.Reconnecting -= OnDroppedAsync;
        connection.Closed -= OnDroppedAsync;
        connection.Reconnected -= OnReconnectedAsync;
        await connection.DisposeAsync();
        startGate.Dispose();
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        await startGate.WaitAsync(cancellationToken);
        try
        {
            if (connection.State == HubConnectionState.Disconnected)
            {
                await connection.StartAsync(cancellationToken);
            }
        }
        finally
        {
            startGate.Release();
        }
    }

    private Task OnDroppedAsync(Exception? error)
    {
        if (error is not null)
        {
            logger.LogWarning(error, "Clips hub connection lost.");
        }
        return lostHandlers.InvokeAsync(true);
    }

    private async Task OnReconnectedAsync(string? connectionId)
    {
        // Watches belong to the old connection id; ask again.
        foreach (var clipId in watched.ToArray())
        {
            try
            {
                await connection.InvokeAsync(ClipHubContract.WatchClip, clipId);
            }
            catch (Exception ex) when (ex is HubException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Could not watch clip {ClipId} again.", clipId);
            }
        }
    }
}

/// <summary>Registration helpers for the hub connection.</summary>
public static class ClipHubServiceCollectionExtensions
{
    /// <summary>Registers one <see cref="ClipHubConnection"/> as itself, <see cref="IUploadHub"/> and <see cref="IClipEvents"/>.</summary>
    public static IServiceCollection AddClipHub(this IServiceCollection services)
    {
        services.AddSingleton<ClipHubConnection>();
        services.AddSingleton<IUploadHub>(sp => sp.GetRequiredService<ClipHubConnection>());
        services.AddSingleton<IClipEvents>(sp => sp.GetRequiredService<ClipHubConnection>());
        return services;
    }
}
