using WebAttention.Training.Evaluation;

namespace WebAttention.Cli.Evaluation;

/// <summary>One row of the evaluation table: a map source and its mean scores.</summary>
/// <param name="Name">What made the maps (model name, "centre bias", "human consistency (LOSO)").</param>
/// <param name="Scores">Mean scores over the images.</param>
public sealed record EvalRow(string Name, MetricScores Scores);
