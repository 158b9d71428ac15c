using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Review;

namespace WebAttention.Client.Services.Hub;

/// <summary>A page's connection to the review hub (MessagePack; the browser sends the account or guest cookie).</summary>
public sealed class ReviewRoomConnection : IAsyncDisposable
{
    private readonly HubConnection connection;

    public ReviewRoomConnection(NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        connection = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri(ReviewHubContract.Route))
            .AddMessagePackProtocol()
            .Build();
        connection.Closed += e => Closed?.Invoke(e) ?? Task.CompletedTask;
    }

    public event Func<Exception?, Task>? Closed;

    public void On<T>(string method, Func<T, Task> handler) => connection.On(method, handler);

    public Task StartAsync(CancellationToken cancellationToken) => connection.StartAsync(cancellationToken);

    public Task<RoomSnapshot> JoinAsync(Guid clipId) => connection.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, clipId);

    public Task UpdatePresenceAsync(Guid clipId, PresenceUpdate update) => connection.InvokeAsync(ReviewHubContract.UpdatePresence, clipId, update);

    public Task<PlaybackState> TakePresenterAsync(Guid clipId) => connection.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId);

    public Task<PlaybackState> PlaybackAsync(Guid clipId, PlaybackCommand command) => connection.InvokeAsync<PlaybackState>(ReviewHubContract.Playback, clipId, command);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
