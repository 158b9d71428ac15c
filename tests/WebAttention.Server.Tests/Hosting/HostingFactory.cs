using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebAttention.Server.Tests.Infrastructure;

namespace WebAttention.Server.Tests.Hosting;

/// <summary>
/// The real server (real socket, loopback) whose log is captured, and where a request may claim to come from another
/// machine with the <see cref="RemoteAddressHeader"/> header: a test stand-in for a caller on the network, which a
/// loopback socket cannot be.
/// </summary>
public sealed class HostingFactory(IDictionary<string, string?>? settings = null) : AppFactory(WithSharedModels(settings))
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
    }

    private static Dictionary<string, string?> WithSharedModels(IDictionary<string, string?>? settings) =>
        new(settings ?? new Dictionary<string, string?>()) { ["Inference:ModelsRoot"] = ServerFixture.ModelsFolder };

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var value))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(value.ToString());
                }
                return following(context);
            });
            next(app);
        };
    }
}
