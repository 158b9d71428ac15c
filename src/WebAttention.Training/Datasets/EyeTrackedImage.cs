namespace WebAttention.Training.Datasets;

/// <summary>A stimulus of an eye-tracking data set with every subject's fixations on it.</summary>
/// <param name="Name">File name as listed in the split (<c>1001.jpg</c>).</param>
/// <param name="Path">Full path of the image.</param>
/// <param name="Fixations">All fixations on it, any subject.</param>
public sealed record EyeTrackedImage(string Name, string Path, IReadOnlyList<SubjectFixation> Fixations);
