namespace WebAttention.Training.Datasets;

/// <summary>One recorded fixation: which subject, where (x column, y row, image pixels, 0,0 top-left).</summary>
public readonly record struct SubjectFixation(int Subject, double X, double Y);
