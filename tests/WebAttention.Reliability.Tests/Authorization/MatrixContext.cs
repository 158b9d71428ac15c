using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core;
using WebAttention.Core.Hubs;
using WebAttention.Core.Models;
using WebAttention.Core.Review;
using WebAttention.Core.Uploads;
using WebAttention.Data;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>Real values to fill calls with: ids of the owner's things, made fresh where a call consumes them.</summary>
public sealed class MatrixContext
{
    private MatrixContext(AuthzWorld world, string modelName, Guid jobId, string bystanderId, Guid redeemClip)
    {
        World = world;
        ModelName = modelName;
        JobId = jobId;
        BystanderId = bystanderId;
        RedeemClip = redeemClip;
    }

    public AuthzWorld World { get; }

    /// <summary>The default model's name.</summary>
    public string ModelName { get; }

    /// <summary>A queued reframe job of the owner's clip.</summary>
    public Guid JobId { get; }

    /// <summary>An account the Admin cells change roles and locks of (not a principal).</summary>
    public string BystanderId { get; }

    /// <summary>A clip of the owner's that only redeem cells get links to, so redeeming grants nothing on the matrix's clip.</summary>
    public Guid RedeemClip { get; }

    public static async Task<MatrixContext> CreateAsync(AuthzWorld world)
    {
        var models = await world.Owner.Http.GetFromJsonAsync<ModelSummary[]>(ModelRoutes.Models) ?? [];
        var modelName = models.FirstOrDefault(m => m.IsDefault)?.Name ?? models.FirstOrDefault()?.Name ?? "default";
        using (var queued = await world.Owner.Http.PostAsJsonAsync(ApiRoutes.CropPaths(world.ClipA), new Core.Reframing.ReframeRequestDto([AuthzWorld.Aspect])))
        {
            queued.EnsureSuccessStatusCode();
        }
        Guid jobId;
        await using (var scope = world.Server.Services.CreateAsyncScope())
        {
            jobId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Jobs.Where(j => j.ClipId == world.ClipA).Select(j => j.Id).FirstAsync();
        }
        await using var bystander = await TestUser.RegisterAsync(world.BaseAddress);
        return new MatrixContext(world, modelName, jobId, bystander.Info.Id, await world.AddClipAsync(world.Owner.Info.Id));
    }

    /// <summary>A clip of the owner's to delete.</summary>
    public Task<Guid> FreshClipAsync() => World.AddClipAsync(World.Owner.Info.Id);

    /// <summary>A View link of the owner's clip, to revoke.</summary>
    public async Task<Guid> FreshLinkAsync() => (await AuthzWorld.ShareAsync(World.Owner, World.ClipA, ReviewScope.View)).Link.Id;

    /// <summary>A token of a link to <see cref="RedeemClip"/>.</summary>
    public async Task<string> FreshRedeemTokenAsync() => (await AuthzWorld.ShareAsync(World.Owner, RedeemClip, ReviewScope.View)).Token;

    /// <summary>A comment of the owner's on the owner's clip, to edit, delete, resolve or reopen.</summary>
    public async Task<Guid> FreshCommentAsync()
    {
        using var made = await World.Owner.Http.PostAsJsonAsync(ReviewRoutes.Comments(World.ClipA), new NewCommentRequest("owner's note", 3));
        made.EnsureSuccessStatusCode();
        return (await made.Content.ReadFromJsonAsync<CommentView>())!.Id;
    }

    /// <summary>An upload the owner began (never sent), for the upload-owner hub calls.</summary>
    public async Task<Guid> FreshOwnerUploadAsync()
    {
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(World.BaseAddress, ClipHubContract.Route), o => o.Cookies = World.Owner.Cookies)
            .AddMessagePackProtocol()
            .Build();
        await hub.StartAsync();
        var session = await hub.InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest("matrix.mp4", 4096));
        return session.UploadId;
    }
}
