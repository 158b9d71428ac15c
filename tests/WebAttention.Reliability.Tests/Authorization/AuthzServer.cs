using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>
/// The real server in this process, listening on a real loopback socket (Kestrel, port 0), with its own data folder:
/// the server tests' <see cref="AppFactory"/> (linked into this project) with the generated test models and no job
/// worker. In process rather than <see cref="ServerProcess"/> because the matrix is generated from the running app's
/// own endpoint list (EndpointDataSource) and hub types, and its fixtures (clip rows, crop paths) are written through
/// the app's services; every call of the matrix still goes over a real socket with real cookies.
/// </summary>
public sealed class AuthzServer(IDictionary<string, string?>? settings = null, Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? kestrel = null)
    : AppFactory(WithDefaults(settings), kestrel)
{
    private static Dictionary<string, string?> WithDefaults(IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Inference:ModelsRoot"] = TestModels.Folder,
            // Jobs are queued, never run: the matrix asks who may start them, not what they do.
            ["Jobs:RunWorker"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        return all;
    }
}
