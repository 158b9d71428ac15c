namespace WebAttention.Cli.Evaluation;

/// <summary>Scores of one image: the model's map and the two references.</summary>
public sealed record ImageScores(MetricScores Model, MetricScores CentreBias, MetricScores Human);
