using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Media;
using WebAttention.Server.Analysis;

namespace WebAttention.Server.Tests.Models;

/// <summary>A job's lease keeps the model it started with across a switch of the default; the last release disposes it.</summary>
public sealed class PredictorLeaseTests(ModelAdminFixture fixture) : IClassFixture<ModelAdminFixture>
{
    [Fact]
    public async Task A_running_job_keeps_its_predictor_after_a_switch_until_it_releases_it()
    {
        foreach (var name in new[] { "tiny-lease-a", "tiny-lease-b" })
        {
            using var created = await ModelAdminFixture.UploadAsync(fixture.Admin.Http, TinyModels.ValidZip(name));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var host = fixture.Factory.Services.GetRequiredService<PredictorHost>();
        await host.SwitchAsync("tiny-lease-a", "test", CancellationToken.None);
        var running = await host.AcquireAsync(CancellationToken.None);
        var old = running.Predictor;

        await host.SwitchAsync("tiny-lease-b", "test", CancellationToken.None);

        Assert.Equal("tiny-lease-a@1.0.0", old.ModelName);
        Assert.Single(await old.PredictAsync([GreyFrame()], CancellationToken.None));
        using (var next = await host.AcquireAsync(CancellationToken.None))
        {
            Assert.Equal("tiny-lease-b@1.0.0", next.Predictor.ModelName);
        }

        running.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => old.PredictAsync([GreyFrame()], CancellationToken.None));
        using var after = await host.AcquireAsync(CancellationToken.None);
        Assert.Single(await after.Predictor.PredictAsync([GreyFrame()], CancellationToken.None));
    }

    private static VideoFrame GreyFrame()
    {
        var rgb = new byte[64 * 64 * 3];
        Array.Fill(rgb, (byte)128);
        return new VideoFrame(0, TimeSpan.Zero, new FrameSize(64, 64), rgb);
    }
}
