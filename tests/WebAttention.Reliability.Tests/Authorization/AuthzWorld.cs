using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Clips;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Pipeline.Storage;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;
using WebAttention.Server.Reframing;
using WebAttention.Server.Storage;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>Who calls: a cookie jar, and whether it holds an account (guests hold a review guest cookie).</summary>
public sealed record Principal(string Name, CookieContainer Cookies, bool IsAccount)
{
    /// <summary>A client with a copy of this principal's cookies, so a call that signs out or re-issues a cookie changes no other cell.</summary>
    public HttpClient NewClient(Uri baseAddress)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in Cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }
        return new HttpClient(new HttpClientHandler { CookieContainer = copy, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }
}

/// <summary>
/// The world the matrix runs in: an Admin (first account), a clip owner, another creator with a clip of their own,
/// a signed-in reviewer granted Comment on the owner's clip, guests holding View, Comment and Edit links to it, a
/// guest holding an Edit link to the other creator's clip (cross-tenant) and an anonymous caller. Clip rows are
/// written directly with a solved 9:16 path (revision 1) and placeholder media files, so file endpoints answer 200
/// to whoever may read them and any 404 seen by a caller the rule refuses is the access rule's.
/// </summary>
public sealed class AuthzWorld : IAsyncLifetime
{
    public const string Aspect = "9:16";
    public const string Password = "correct-horse-9";
    private const int Frames = 50;

    public AuthzServer Server { get; } = new(new Dictionary<string, string?>
    {
        // The matrix signs in and redeems links many times from one address: the limits are tested on their own.
        ["RateLimits:Auth:PermitLimit"] = "100000",
        ["RateLimits:Uploads:PermitLimit"] = "100000",
        ["Uploads:MaxOpenUploadsPerUser"] = "1000",
    });

    public Uri BaseAddress => Server.BaseAddress;
    public TestUser Admin { get; private set; } = null!;
    public TestUser Owner { get; private set; } = null!;
    public TestUser Other { get; private set; } = null!;
    public TestUser Reviewer { get; private set; } = null!;
    public Guid ClipA { get; private set; }
    public Guid ClipB { get; private set; }
    public IReadOnlyList<Principal> Principals { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Admin = await TestUser.RegisterAsync(BaseAddress, $"admin-{Guid.NewGuid():N}@example.test");
        Owner = await TestUser.RegisterAsync(BaseAddress);
        Other = await TestUser.RegisterAsync(BaseAddress);
        Reviewer = await TestUser.RegisterAsync(BaseAddress);
        ClipA = await AddClipAsync(Owner.Info.Id);
        ClipB = await AddClipAsync(Other.Info.Id);

        var reviewerLink = await ShareAsync(Owner, ClipA, ReviewScope.Comment);
        using (var redeemed = await Reviewer.Http.PostAsJsonAsync(ReviewRoutes.Redeem, new RedeemShareLinkRequest(reviewerLink.Token, "reviewer")))
        {
            redeemed.EnsureSuccessStatusCode();
        }

        Principals =
        [
            new("anonymous", new CookieContainer(), false),
            new("other", Other.Cookies, true),
            new("owner", Owner.Cookies, true),
            new("admin", Admin.Cookies, true),
            new("reviewer", Reviewer.Cookies, true),
            new("guest-view", await GuestAsync(ClipA, ReviewScope.View), false),
            new("guest-comment", await GuestAsync(ClipA, ReviewScope.Comment), false),
            new("guest-edit", await GuestAsync(ClipA, ReviewScope.Edit), false),
            new("guest-edit@B", await GuestAsync(ClipB, ReviewScope.Edit, Other), false),
        ];
    }

    /// <summary>A ready clip of <paramref name="ownerId"/> with a solved 9:16 path at revision 1 and placeholder media files.</summary>
    public Task<Guid> AddClipAsync(string ownerId) => AddClipAsync(Server, ownerId);

    /// <summary>A ready clip row of <paramref name="ownerId"/> on <paramref name="server"/>, written through its services.</summary>
    public static async Task<Guid> AddClipAsync(AuthzServer server, string ownerId)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var clip = new Clip
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, Title = "matrix take.mp4", Status = ClipStatus.Ready, Sha256 = new string('a', 64),
            Codec = "h264", Width = 320, Height = 180, FrameRate = 25, FrameCount = Frames, DurationSeconds = Frames / 25.0,
        };
        db.Clips.Add(clip);
        await db.SaveChangesAsync();
        var focus = Enumerable.Range(0, Frames).Select(i => new FrameFocus(i, 60 + (4 * i), 90, 1)).ToList();
        var path = services.GetRequiredService<CropPathSolver>().Solve(new FrameSize(320, 180), 25, [new Shot(0, 0, Frames)], focus, new ReframeRequest(AspectRatio.Parse(Aspect)));
        _ = await services.GetRequiredService<CropPathStore>().TrySaveAsync(clip.Id, path, 1, ownerId, null, CancellationToken.None)
            ?? throw new InvalidOperationException("Revision 1 exists already.");

        var paths = services.GetRequiredService<MediaPaths>();
        Directory.CreateDirectory(paths.SaliencyFolder(clip.Id));
        await File.WriteAllBytesAsync(paths.Proxy(clip.Id), [0, 0, 0, 0x18]);
        await File.WriteAllBytesAsync(paths.Thumbnail(clip.Id), [0xFF, 0xD8, 0xFF]);
        await File.WriteAllTextAsync(paths.Faces(clip.Id), "{}");
        await File.WriteAllTextAsync(Path.Combine(paths.SaliencyFolder(clip.Id), SaliencyStoreLayout.IndexFile), "{}");
        await File.WriteAllBytesAsync(Path.Combine(paths.SaliencyFolder(clip.Id), SaliencyStoreLayout.ChunkFile(0)), new byte[16]);
        return clip.Id;
    }

    /// <summary>A new share link on <paramref name="clipId"/>, made by <paramref name="by"/>.</summary>
    public static async Task<CreatedShareLink> ShareAsync(TestUser by, Guid clipId, ReviewScope scope)
    {
        using var response = await by.Http.PostAsJsonAsync(ReviewRoutes.Shares(clipId), new CreateShareLinkRequest(scope));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Sharing answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<CreatedShareLink>())!;
    }

    /// <summary>The latest revision of a clip's 9:16 path.</summary>
    public async Task<int> LatestRevisionAsync(Guid clipId)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<CropPathStore>().LatestAsync(clipId, AspectRatio.Parse(Aspect), CancellationToken.None);
        return record!.Revision;
    }

    private async Task<CookieContainer> GuestAsync(Guid clipId, ReviewScope scope, TestUser? by = null)
    {
        var link = await ShareAsync(by ?? Owner, clipId, scope);
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = BaseAddress };
        using var response = await http.PostAsJsonAsync(ReviewRoutes.Redeem, new RedeemShareLinkRequest(link.Token, $"guest {scope}"));
        response.EnsureSuccessStatusCode();
        return cookies;
    }

    public async Task DisposeAsync()
    {
        foreach (var user in new[] { Admin, Owner, Other, Reviewer })
        {
            if (user is not null)
            {
                await user.DisposeAsync();
            }
        }
        await Server.DisposeAsync();
    }
}
