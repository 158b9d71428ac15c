using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Saliency;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Hostile;

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileServer>
{
    public const string Name = "hostile";
}

/// <summary>
/// One real server for the whole hostile corpus, on loopback, with its own data folder and its own TMPDIR (so every
/// temporary file it or its ffmpeg children make can be listed), an Admin (first account) and a Creator. Model limits
/// are lowered so a zip bomb is caught after megabytes, not after the 1 GiB default (the same counting code runs).
/// </summary>
public sealed class HostileServer : IAsyncLifetime
{
    /// <summary>Peak resident memory the server may reach over the whole corpus (generous: ONNX Runtime + ResNet18 sit near 0.5 GiB).</summary>
    public const long MemoryBoundBytes = 2L * 1024 * 1024 * 1024;

    public const long ModelMaxUploadBytes = 4L * 1024 * 1024;
    public const long ModelMaxUncompressedBytes = 16L * 1024 * 1024;

    public HostileServer()
    {
        Work = Path.Combine(Path.GetTempPath(), "webattention-hostile", Guid.NewGuid().ToString("N"));
        TempFolder = Path.Combine(Work, "server-tmp");
        Directory.CreateDirectory(TempFolder);
        Tools = Path.Combine(Work, "tools");
        WriteLoggingTools();
        Server = new ServerProcess(
            "--Inference:Device=Cpu",
            $"--Media:Ffmpeg:BinaryFolder={Tools}",
            $"--Models:MaxUploadBytes={ModelMaxUploadBytes}",
            $"--Models:MaxUncompressedBytes={ModelMaxUncompressedBytes}");
        Server.ExtraEnvironment["TMPDIR"] = TempFolder;
    }

    /// <summary>This run's own folder (generated inputs, canaries, the server's TMPDIR).</summary>
    public string Work { get; }

    /// <summary>Where the server finds ffmpeg and ffprobe: wrappers that log their arguments, then run the real tools.</summary>
    public string Tools { get; }

    /// <summary>One line per ffmpeg/ffprobe run the server started: the tool's name, then its arguments.</summary>
    public string[] ToolRuns() => File.Exists(ToolLog) ? File.ReadAllLines(ToolLog) : [];

    private string ToolLog => Path.Combine(Work, "tool-runs.log");

    /// <summary>The server's TMPDIR.</summary>
    public string TempFolder { get; }

    public ServerProcess Server { get; }

    public TestUser Admin { get; private set; } = null!;

    public TestUser Creator { get; private set; } = null!;

    public string UploadsFolder => Path.Combine(Server.DataRoot, "uploads");

    public string ModelsFolder => Path.Combine(Server.DataRoot, "models");

    public async Task InitializeAsync()
    {
        await Server.StartAsync();
        Admin = await TestUser.RegisterAsync(Server.BaseAddress);
        Creator = await TestUser.RegisterAsync(Server.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        await Creator.DisposeAsync();
        await Admin.DisposeAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    private void WriteLoggingTools()
    {
        Directory.CreateDirectory(Tools);
        foreach (var tool in new[] { "ffmpeg", "ffprobe" })
        {
            var wrapper = Path.Combine(Tools, tool);
            File.WriteAllText(wrapper, $"#!/bin/sh\nprintf '%s\\n' \"{tool} $*\" >> '{ToolLog}'\nexec /usr/bin/{tool} \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    /// <summary>True when /alive answers 200.</summary>
    public async Task<bool> AliveAsync()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.GetAsync(new Uri("/alive", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every temporary or partial file the server could leave: its TMPDIR, the uploads folder (part files, live
    /// recordings) and the hidden upload/staging entries under the models folder.
    /// </summary>
    public SortedSet<string> TemporaryEntries()
    {
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { TempFolder, UploadsFolder })
        {
            if (Directory.Exists(folder))
            {
                entries.UnionWith(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories));
            }
        }
        if (Directory.Exists(ModelsFolder))
        {
            entries.UnionWith(Directory.EnumerateFileSystemEntries(ModelsFolder, ".*", SearchOption.TopDirectoryOnly));
        }
        return entries;
    }

    /// <summary>Waits for a clip to settle; Ready clips report their stored map count (0 when none).</summary>
    public async Task<(ClipSummary Clip, long Maps)> SettleAsync(TestUser user, Guid clipId)
    {
        var clip = await ClipWaiter.WaitUntilSettledAsync(user.Http, clipId, TimeSpan.FromMinutes(2));
        if (clip.Status != ClipStatus.Ready)
        {
            return (clip, 0);
        }
        var index = await user.Http.GetFromJsonAsync<SaliencyIndex>(ApiRoutes.SaliencyIndex(clipId));
        return (clip, index?.Chunks.Sum(c => (long)c.FrameCount) ?? 0);
    }
}
