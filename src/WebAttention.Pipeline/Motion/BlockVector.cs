namespace WebAttention.Pipeline.Motion;

/// <summary>Where a block of the previous frame went in the current one, on the working image.</summary>
/// <param name="X">Block centre in the previous frame.</param>
/// <param name="Y">Block centre in the previous frame.</param>
/// <param name="Dx">Horizontal displacement to its match in the current frame.</param>
/// <param name="Dy">Vertical displacement to its match in the current frame.</param>
internal readonly record struct BlockVector(double X, double Y, double Dx, double Dy);
