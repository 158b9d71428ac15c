using WebAttention.Training.Images;

namespace WebAttention.Training.Evaluation;

/// <summary>The maps an evaluation scores for each image, one row each.</summary>
public interface IEvaluatedMaps
{
    /// <summary>Row names, in the order <see cref="PredictAsync"/> returns the maps.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>One map per row for <paramref name="image"/>, each at the image's size.</summary>
    Task<IReadOnlyList<float[]>> PredictAsync(RgbImage image, CancellationToken cancellationToken);
}
