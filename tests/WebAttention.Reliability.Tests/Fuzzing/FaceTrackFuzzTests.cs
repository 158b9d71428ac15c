using WebAttention.Core.Saliency;
using WebAttention.Server.Analysis;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// A clip's face track file (read by every reframe as required regions): faces or <see cref="InvalidDataException"/>, through
/// the real writer and reader on a real file.
/// </summary>
public sealed class FaceTrackFuzzTests(ITestOutputHelper output)
{
    private const string Track = """
        {"detector":"blazeface-back","frames":[{"frame":0,"faces":[{"x":10,"y":20,"w":30,"h":40,"score":0.9}]},
         {"frame":1,"faces":[]},{"frame":2,"faces":[{"x":1.5,"y":2.5,"w":3,"h":4,"score":0.5},{"x":0,"y":0,"w":1,"h":1,"score":1}]}]}
        """;

    [Fact]
    public void Mutated_tracks_give_faces_or_InvalidDataException() =>
        WithFile(path => Fuzz.Run(output, "face track JSON", "mutated documents", JsonFuzz.Mutated(Track), text =>
        {
            File.WriteAllText(path, text);
            FaceTrackFile.ReadFacesAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        }, Fuzz.Show, typeof(InvalidDataException)));

    [Fact]
    public void A_written_track_reads_back_as_its_faces() =>
        WithFile(path =>
        {
            var track = new ClipFacesView("d", [new FrameFacesView(3, [new FaceView(1, 2, 3, 4, 0.5)]), new FrameFacesView(4, [])]);
            FaceTrackFile.WriteAsync(path, track, CancellationToken.None).GetAwaiter().GetResult();
            var face = Assert.Single(FaceTrackFile.ReadFacesAsync(path, CancellationToken.None).GetAwaiter().GetResult());
            Assert.Equal((3L, 1.0, 2.0, 3.0, 4.0), (face.Frame, face.X, face.Y, face.W, face.H));
        });

    // Regression (mutated documents): "frames":null, a null frame or null faces threw ArgumentNullException or
    // NullReferenceException, and broken JSON threw JsonException, out of the reframe job instead of a clear error.
    [Theory]
    [InlineData("""{"detector":"d","frames":null}""")]
    [InlineData("""{"detector":"d","frames":[null]}""")]
    [InlineData("""{"detector":"d","frames":[{"frame":0,"faces":null}]}""")]
    [InlineData("""{"detector":"d","frames":[{"frame":0,"faces":[null]}]}""")]
    [InlineData("""{"detector":"d","frames":[""")]
    public void A_broken_track_is_invalid_data(string json) =>
        WithFile(path =>
        {
            File.WriteAllText(path, json);
            Assert.Throws<InvalidDataException>(() => FaceTrackFile.ReadFacesAsync(path, CancellationToken.None).GetAwaiter().GetResult());
        });

    private static void WithFile(Action<string> test)
    {
        var folder = Fuzz.TempFolder("fuzz-faces-");
        try
        {
            test(Path.Combine(folder, "faces.json"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
