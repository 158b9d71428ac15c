using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WebAttention.Server.Tests.Infrastructure;

/// <summary>
/// The real server on a real Kestrel socket (port 0), with its own data folder (SQLite, media) that
/// is deleted afterwards. Settings can be overridden per test class. Also compiled into the reliability suite
/// (tests/WebAttention.Reliability.Tests links this file), so both in-process servers are this one.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    /// <param name="settings">Configuration overrides.</param>
    /// <param name="kestrel">Listeners of the server instead of plain HTTP on a free loopback port (e.g. HTTPS).</param>
    public AppFactory(IDictionary<string, string?>? settings = null, Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? kestrel = null)
    {
        DataRoot = Path.Combine(Path.GetTempPath(), "webattention-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataRoot"] = DataRoot,
            ["Urls"] = "http://127.0.0.1:0",
            ["Jobs:PollSeconds"] = "0.2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        if (kestrel is null)
        {
            UseKestrel(0);
        }
        else
        {
            UseKestrel(kestrel);
        }
    }

    public string DataRoot { get; }

    /// <summary>Base address of the started server, e.g. http://127.0.0.1:41235.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataRoot))
        {
            try
            {
                Directory.Delete(DataRoot, recursive: true);
            }
            catch (IOException)
            {
                // A process still holds a file; the temp folder is cleaned later by the OS.
            }
        }
    }
}
