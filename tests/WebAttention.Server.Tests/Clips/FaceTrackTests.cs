using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Saliency;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Clips;

/// <summary>The analysis writes the clip's face track; GET /api/clips/{id}/faces serves it to the owner only.</summary>
public sealed class FaceTrackTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_clip_without_faces_gets_a_track_of_every_analysed_frame_with_no_faces()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var clip = await ClipWaiter.UploadUntilReadyAsync(user, "pattern.mp4", fixture.Clip);

        var track = await user.Http.GetFromJsonAsync<ClipFacesView>(ApiRoutes.Faces(clip.Id));

        Assert.NotNull(track);
        var frames = track.Frames.Select(f => f.Frame).ToList();
        Assert.Equal(0, frames[0]);
        Assert.Equal(frames.Order().Distinct(), frames); // each analysed frame once, in order
        Assert.All(frames, f => Assert.InRange(f, 0, clip.FrameCount - 1));
        Assert.True(frames.Count >= 4 * 5 * 0.8, $"Only {frames.Count} analysed frames in 4 s at 5 fps."); // 4 s clip, 5 analysed fps by default
        Assert.All(track.Frames, f => Assert.Empty(f.Faces));
        if (File.Exists(FacePhotos.FaceModel))
        {
            Assert.Contains("BlazeFace", track.Detector, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_face_track_needs_a_session_and_is_hidden_from_other_users()
    {
        await using var owner = await TestUser.RegisterAsync(fixture.BaseAddress);
        await using var other = await TestUser.RegisterAsync(fixture.BaseAddress);
        var upload = await TestUploader.UploadAsync(await owner.ConnectAsync(), "private.mp4", fixture.Clip);
        var id = upload.ClipId!.Value;
        await ClipWaiter.WaitUntilSettledAsync(owner.Http, id, TimeSpan.FromMinutes(3));
        using var anonymous = new HttpClient { BaseAddress = fixture.BaseAddress };

        using var mine = await owner.Http.GetAsync(ApiRoutes.Faces(id));
        using var theirs = await other.Http.GetAsync(ApiRoutes.Faces(id));
        using var nobody = await anonymous.GetAsync(ApiRoutes.Faces(id));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [FacePhotoFact]
    public async Task A_clip_made_from_a_face_photo_has_the_face_in_its_track()
    {
        var video = Path.Combine(Path.GetTempPath(), $"wa-astronaut-{Guid.NewGuid():N}.mp4");
        try
        {
            await FacePhotos.WriteClipAsync(video);
            await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
            var clip = await ClipWaiter.UploadUntilReadyAsync(user, "astronaut.mp4", await File.ReadAllBytesAsync(video));

            var track = await user.Http.GetFromJsonAsync<ClipFacesView>(ApiRoutes.Faces(clip.Id));

            // The face (centre ≈ (222, 125) of the 512² photo) sits at ≈ (446, 139) of the 960×540 frame.
            var withFaces = track!.Frames.Where(f => f.Faces.Count > 0).ToList();
            Assert.True(withFaces.Count >= track.Frames.Count / 2, $"Faces in {withFaces.Count} of {track.Frames.Count} analysed frames.");
            Assert.All(withFaces, f =>
            {
                var face = Assert.Single(f.Faces);
                Assert.InRange((face.X + (face.W / 2)) * 960, 400, 490);
                Assert.InRange((face.Y + (face.H / 2)) * 540, 100, 180);
            });
        }
        finally
        {
            File.Delete(video);
        }
    }

}

/// <summary>A fact that needs the BlazeFace model and the astronaut photo; skipped with the reason when either is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FacePhotoFactAttribute : FactAttribute
{
    public FacePhotoFactAttribute()
    {
        Skip = FacePhotos.MissingReason();
    }
}
