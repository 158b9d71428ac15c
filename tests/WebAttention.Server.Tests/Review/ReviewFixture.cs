using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Clips;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;
using WebAttention.Server.Reframing;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// One server on a real socket with an Admin (the first account), a clip owner and a 320x180, 25 fps, 50-frame
/// clip whose 9:16 path (revision 1) is solved by the real solver from a focus sweep and saved by CropPathStore.
/// The clip row is written directly (no upload or analysis: review does not depend on them), so the clip has no
/// maps and comments carry no attention snapshot.
/// </summary>
public sealed class ReviewFixture : IAsyncLifetime
{
    public const string Aspect = "9:16";
    public const int Frames = 50;

    public AppFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Inference:ModelsRoot"] = ServerFixture.ModelsFolder,
        ["Jobs:RunWorker"] = "false",
    });

    public TestUser Admin { get; private set; } = null!;
    public TestUser Owner { get; private set; } = null!;
    public Guid ClipId { get; private set; }

    public async Task InitializeAsync()
    {
        Admin = await TestUser.RegisterAsync(Factory.BaseAddress, $"admin-{Guid.NewGuid():N}@example.test");
        Owner = await TestUser.RegisterAsync(Factory.BaseAddress);
        ClipId = await AddClipAsync(Owner.Info.Id);
    }

    /// <summary>A ready clip of <paramref name="ownerId"/> with a solved 9:16 path at revision 1.</summary>
    public async Task<Guid> AddClipAsync(string ownerId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var clip = new Clip
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, Title = "review take.mp4", Status = ClipStatus.Ready, Sha256 = new string('a', 64),
            Codec = "h264", Width = 320, Height = 180, FrameRate = 25, FrameCount = Frames, DurationSeconds = Frames / 25.0,
        };
        db.Clips.Add(clip);
        await db.SaveChangesAsync();
        var focus = Enumerable.Range(0, Frames).Select(i => new FrameFocus(i, 60 + 4 * i, 90, 1)).ToList();
        var shots = new List<Shot> { new(0, 0, Frames) };
        var path = services.GetRequiredService<CropPathSolver>().Solve(new FrameSize(320, 180), 25, shots, focus, new ReframeRequest(AspectRatio.Parse(Aspect)));
        var saved = await services.GetRequiredService<CropPathStore>().TrySaveAsync(clip.Id, path, 1, ownerId, null, CancellationToken.None);
        if (saved is null)
        {
            throw new InvalidOperationException("Revision 1 exists already.");
        }
        return clip.Id;
    }

    /// <summary>A new link on the fixture's clip, made by its owner: the token and the link.</summary>
    public async Task<CreatedShareLink> ShareAsync(ReviewScope scope, string? password = null, double? hours = null, Guid? clipId = null)
    {
        using var response = await Owner.Http.PostAsJsonAsync(ReviewRoutes.Shares(clipId ?? ClipId), new CreateShareLinkRequest(scope, hours, password));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Sharing answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<CreatedShareLink>())!;
    }

    /// <summary>The latest revision of the 9:16 path.</summary>
    public async Task<int> LatestRevisionAsync(Guid? clipId = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<CropPathStore>().LatestAsync(clipId ?? ClipId, AspectRatio.Parse(Aspect), CancellationToken.None);
        return record!.Revision;
    }

    /// <summary>The manual keyframes of the latest 9:16 path, read from its file.</summary>
    public async Task<IReadOnlyList<CropKeyframe>> LatestKeyframesAsync(Guid? clipId = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CropPathStore>();
        var record = await store.LatestAsync(clipId ?? ClipId, AspectRatio.Parse(Aspect), CancellationToken.None);
        return (await store.LoadAsync(record!, CancellationToken.None)).Keyframes;
    }

    public async Task DisposeAsync()
    {
        await Admin.DisposeAsync();
        await Owner.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
