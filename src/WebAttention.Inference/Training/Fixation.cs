namespace WebAttention.Inference.Training;

/// <summary>One recorded fixation in image pixels (0,0 = top-left; X is the column, Y the row).</summary>
/// <param name="X">Column in pixels.</param>
/// <param name="Y">Row in pixels.</param>
public readonly record struct Fixation(float X, float Y);
