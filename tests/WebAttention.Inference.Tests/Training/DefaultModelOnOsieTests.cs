using WebAttention.Inference.Tests.Support;
using WebAttention.Inference.Training;

namespace WebAttention.Inference.Tests.Training;

/// <summary>The shipped graph (not just the C# readout) predicts where people looked on OSIE val images.</summary>
[Collection(ComposedModelCollection.Name)]
public class DefaultModelOnOsieTests(ComposedModelFixture fixture)
{
    [OsieFact]
    public async Task The_default_model_scores_well_above_the_centre_bias_on_osie_val_images()
    {
        var dataset = await OsieDataset.LoadAsync(OsieData.Root, CancellationToken.None);
        var scores = new List<double>();
        foreach (var image in dataset.Val.Take(8))
        {
            var decoded = await RgbImage.DecodeAsync(image.StimulusPath, CancellationToken.None);
            var analysed = decoded.ResizeArea(384, 288);
            var (map, _) = ComposedModelFixture.Run(fixture.DefaultSession, analysed.Pixels, 1, 384, 288)[0];
            scores.Add(ValidationNss.Compute(map, 18, 24, decoded.Width, decoded.Height, image.Fixations));
        }

        // Centre bias alone scores about 0.8 on OSIE val; the trained model about 3.
        Assert.True(scores.Average() > 2.0, $"mean NSS {scores.Average():F3} over {scores.Count} val images");
    }
}
