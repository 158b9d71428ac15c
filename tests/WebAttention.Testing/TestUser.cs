using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core;
using WebAttention.Core.Hubs;

namespace WebAttention.Testing;

/// <summary>A registered, signed-in browser-like user: an HttpClient and hub connections sharing its cookie.</summary>
public sealed class TestUser : IAsyncDisposable
{
    /// <summary>The password every test user registers with.</summary>
    public const string Password = "correct-horse-9";

    private readonly List<HubConnection> _connections = [];

    private TestUser(Uri baseAddress, CookieContainer cookies, HttpClient http, UserInfo info)
    {
        BaseAddress = baseAddress;
        Cookies = cookies;
        Http = http;
        Info = info;
    }

    public Uri BaseAddress { get; }
    public CookieContainer Cookies { get; }
    public HttpClient Http { get; }
    public UserInfo Info { get; }

    public static async Task<TestUser> RegisterAsync(Uri baseAddress, string? email = null)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
        var credentials = new Credentials(email ?? $"user-{Guid.NewGuid():N}@example.test", Password);
        var response = await http.PostAsJsonAsync(ApiRoutes.Register, credentials);
        response.EnsureSuccessStatusCode();
        var info = (await response.Content.ReadFromJsonAsync<UserInfo>())!;
        return new TestUser(baseAddress, cookies, http, info);
    }

    /// <summary>
    /// The same signed-in user on another node of the same site (scale-out): its cookie, sent to <paramref name="baseAddress"/>.
    /// Loopback cookies ignore the port, so the shared container carries it.
    /// </summary>
    public static Task<TestUser> SignedInAsync(Uri baseAddress, TestUser signedIn)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        var http = new HttpClient(new HttpClientHandler { CookieContainer = signedIn.Cookies }) { BaseAddress = baseAddress };
        return Task.FromResult(new TestUser(baseAddress, signedIn.Cookies, http, signedIn.Info));
    }

    /// <summary>A started hub connection (WebSockets, MessagePack) carrying this user's cookie, to the clips hub unless <paramref name="route"/> names another.</summary>
    public async Task<HubConnection> ConnectAsync(bool withCookie = true, string? route = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, route ?? ClipHubContract.Route), o =>
            {
                if (withCookie)
                {
                    o.Cookies = Cookies;
                }
            })
            .AddMessagePackProtocol()
            .Build();
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Signs in again into the same cookie container (e.g. after the server was killed and restarted).</summary>
    public async Task SignInAgainAsync()
    {
        var response = await Http.PostAsJsonAsync(ApiRoutes.Login, new Credentials(Info.Email, Password));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A started clips-hub connection with this user's cookie to <paramref name="baseAddress"/> (e.g. a <see cref="CutProxy"/>
    /// in front of the server): WebSockets only and no negotiate request, so exactly one TCP connection carries it.
    /// </summary>
    public async Task<HubConnection> ConnectViaAsync(Uri baseAddress)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, ClipHubContract.Route), o =>
            {
                o.Cookies = Cookies;
                o.SkipNegotiation = true;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            })
            .AddMessagePackProtocol()
            .Build();
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
        Http.Dispose();
    }
}
