namespace WebAttention.Reframing.Solving;

/// <summary>A shot's window size and whether it is letterboxed (padding).</summary>
/// <param name="Width">Width in source pixels.</param>
/// <param name="Height">Height in source pixels.</param>
/// <param name="Padded">True when the required content forced another aspect (AutoFlip's padding).</param>
public readonly record struct WindowSize(int Width, int Height, bool Padded);
