using Microsoft.ML.OnnxRuntime;
using WebAttention.Inference.Composition;
using WebAttention.Training.Datasets;
using WebAttention.Training.Images;
using WebAttention.Training.Readout;
using WebAttention.Training.Tests.Support;

namespace WebAttention.Training.Tests.Evaluation;

/// <summary>The shipped graph (not just the C# readout) predicts where people looked on OSIE val images.</summary>
public class DefaultModelOnOsieTests
{
    [OsieFact]
    public async Task The_default_model_scores_well_above_the_centre_bias_on_osie_val_images()
    {
        using var folder = new TempFolder();
        var model = await ModelBuilder.BuildDefaultAsync(folder.Combine(ModelBuilder.DefaultModelName));
        using var session = new InferenceSession(model.ModelPath);
        var dataset = await OsieDataset.LoadAsync(OsieData.Root, CancellationToken.None);
        var scores = new List<double>();
        foreach (var image in dataset.Val.Take(8))
        {
            var decoded = await ImageFiles.ReadRgbAsync(image.Path, CancellationToken.None);
            var analysed = decoded.ResizeArea(384, 288);
            var map = Saliency(session, analysed);
            scores.Add(ValidationNss.Compute(map, 18, 24, decoded.Size.Width, decoded.Size.Height, image.Fixations));
        }

        // Centre bias alone scores about 0.8 on OSIE val; the trained model about 3.
        Assert.True(scores.Average() > 2.0, $"mean NSS {scores.Average():F3} over {scores.Count} val images");
    }

    private static float[] Saliency(InferenceSession session, RgbImage image)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(image.Rgb, [1, image.Size.Height, image.Size.Width, 3]);
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, ["frames"], [input], ["saliency"]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
