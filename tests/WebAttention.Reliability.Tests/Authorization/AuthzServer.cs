using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>
/// The real server in this process, listening on a real loopback socket (Kestrel, port 0), with its own data folder.
/// In process rather than <see cref="Testing.ServerProcess"/> because the matrix is generated from the running app's
/// own endpoint list (EndpointDataSource) and hub types, and its fixtures (clip rows, crop paths) are written through
/// the app's services; every call of the matrix still goes over a real socket with real cookies.
/// </summary>
public sealed class AuthzServer : WebApplicationFactory<Program>
{
    /// <summary>Generated models shared with the server tests (composing one takes seconds).</summary>
    public static readonly string ModelsFolder = Path.Combine(Path.GetTempPath(), "webattention-test-models");

    private readonly Dictionary<string, string?> _settings;

    /// <param name="settings">Configuration overrides.</param>
    /// <param name="kestrel">Listeners of the server instead of plain HTTP on a free loopback port (e.g. HTTPS).</param>
    public AuthzServer(IDictionary<string, string?>? settings = null, Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? kestrel = null)
    {
        DataRoot = Path.Combine(Path.GetTempPath(), "webattention-reliability", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataRoot"] = DataRoot,
            ["Urls"] = "http://127.0.0.1:0",
            ["Inference:ModelsRoot"] = ModelsFolder,
            // Jobs are queued, never run: the matrix asks who may start them, not what they do.
            ["Jobs:RunWorker"] = "false",
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

    /// <summary>Base address of the started server (the first one it listens on).</summary>
    public Uri BaseAddress => Addresses[0];

    /// <summary>Every address the started server listens on.</summary>
    public IReadOnlyList<Uri> Addresses
    {
        get
        {
            StartServer();
            return [.. Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a))];
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
                // A file still held open; the OS cleans the temp folder.
            }
        }
    }
}
