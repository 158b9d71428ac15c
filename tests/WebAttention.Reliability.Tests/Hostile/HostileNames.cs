using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>
/// Hostile file names: path separators, <c>..</c>, NUL and control characters, bidi overrides, very long names. The
/// name is a display title only: it must come back cleaned (no separator, no control or bidi-override character, at
/// most 200 characters, never empty) and never become a path — no file named after it appears anywhere.
/// </summary>
public static class HostileNames
{
    public static async Task RunAsync(HostileServer host, HostileRunner runner)
    {
        var marker = $"hostile-{Guid.NewGuid():N}";
        var names = new (string Input, string Name)[]
        {
            ("name with ../ traversal", $"../../../../../tmp/{marker}-a.mp4"),
            ("name with ..\\ traversal", $"..\\..\\..\\{marker}-b.mp4"),
            ("absolute name", $"/etc/{marker}-c"),
            ("name that is ..", ".."),
            ("name with NUL", $"{marker}-d\0.mp4"),
            ("name with control characters", $"\u001b[31m{marker}-e\u0007\r\n.mp4"),
            ("name with a right-to-left override", $"{marker}-f\u202Egpj.exe"),
            ("empty name", ""),
            ("whitespace-only name", " \t\r\n "),
            ("10,000-character name", new string('n', 10_000) + ".mp4"),
        };
        foreach (var (input, name) in names)
        {
            await runner.RowAsync(input, name.Length, () => TitleOfAsync(host, name), o => o.Status == "accepted" && IsClean(o.Message) ? null : "expected a clean display title",
                () => Escaped(host, marker));
        }

        // A name bigger than the hub's 128 KB message limit: the server closes that connection and nothing else.
        await runner.RowAsync("200,000-character name (over the message limit)", 200_000, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            try
            {
                var session = await TestUploader.BeginAsync(hub, new string('x', 200_000), 10);
                await hub.InvokeAsync(ClipHubContract.CancelUpload, session.UploadId);
                return new Outcome("accepted", "begun");
            }
            catch (HubException ex) when (ex.Message.Contains("closed the connection", StringComparison.Ordinal))
            {
                return new Outcome("closed", ex.Message);
            }
            catch (HubException ex)
            {
                return Outcome.Refused(ex.Message);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TaskCanceledException or IOException)
            {
                return new Outcome("closed", $"{ex.GetType().Name}: {ex.Message}");
            }
            finally
            {
                await hub.DisposeAsync();
            }
        }, o => o.Status == "closed" ? null : "expected the connection closed");

        // One hostile name taken all the way to a clip: its title is the cleaned name, its files are named by id.
        var clip = await new HostileMedia(Path.Combine(host.Work, "files")).ClipAsync("named.mp4");
        await runner.RowAsync("clip uploaded as ../../x\\0<ESC>.mp4", clip.Length, async () =>
        {
            var hub = await host.Creator.ConnectAsync();
            var result = await TestUploader.UploadAsync(hub, $"../../{marker}-g\0\u001b.mp4", clip);
            await hub.DisposeAsync();
            var clipId = result.ClipId ?? throw new InvalidOperationException(result.Error);
            var (settled, maps) = await host.SettleAsync(host.Creator, clipId);
            var title = (await host.Creator.Http.GetFromJsonAsync<ClipSummary>(ApiRoutes.Clip(clipId)))!.Title;
            return new Outcome(settled.Status == ClipStatus.Ready ? "accepted" : "failed", title, maps, settled.FrameCount);
        }, o => o.Status == "accepted" && IsClean(o.Message) && o.Maps == o.Frames ? null : "expected a clean title and maps",
            () => Escaped(host, marker));
    }

    private static async Task<Outcome> TitleOfAsync(HostileServer host, string name)
    {
        var hub = await host.Creator.ConnectAsync();
        try
        {
            var session = await TestUploader.BeginAsync(hub, name, 10);
            var listed = await hub.InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads);
            await hub.InvokeAsync(ClipHubContract.CancelUpload, session.UploadId);
            return new Outcome("accepted", listed.Single(u => u.UploadId == session.UploadId).FileName);
        }
        catch (HubException ex)
        {
            return Outcome.Refused(ex.Message);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static bool IsClean(string title) =>
        title.Length is > 0 and <= 200 && !title.Contains('/') && !title.Contains('\\') && !title.Any(char.IsControl)
        && !title.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    // Any file or folder named after the marker, in the server's data folder, the run's folder or the temp folder.
    private static string? Escaped(HostileServer host, string marker)
    {
        foreach (var root in new[] { host.Server.DataRoot, host.Work, Path.GetTempPath(), "/etc" })
        {
            var search = root == Path.GetTempPath() || root == "/etc" ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories;
            if (Directory.EnumerateFileSystemEntries(root, $"*{marker}*", search).FirstOrDefault() is { } found)
            {
                return $"{found} was created";
            }
        }
        return null;
    }
}
