namespace WebAttention.Training.Evaluation;

/// <summary>Scores of one image: each evaluated map (model first) and the two references.</summary>
/// <param name="Maps">Scores of the evaluated maps, in <see cref="IEvaluatedMaps.Names"/> order.</param>
/// <param name="CentreBias">Scores of the centre-bias Gaussian.</param>
/// <param name="Human">Leave-one-subject-out human consistency.</param>
public sealed record ImageScores(IReadOnlyList<MetricScores> Maps, MetricScores CentreBias, MetricScores Human)
{
    /// <summary>Scores of the model's own map (the first evaluated map).</summary>
    public MetricScores Model => Maps[0];
}
