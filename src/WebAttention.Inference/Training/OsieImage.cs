namespace WebAttention.Inference.Training;

/// <summary>One OSIE stimulus and the fixations of all its viewers.</summary>
/// <param name="Name">File name, e.g. "1001.jpg".</param>
/// <param name="StimulusPath">Full path of the JPEG.</param>
/// <param name="Fixations">Fixations of every subject, in file order.</param>
public sealed record OsieImage(string Name, string StimulusPath, IReadOnlyList<Fixation> Fixations);
