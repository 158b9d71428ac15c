namespace WebAttention.Client.Components.Player;

/// <summary>How the overlay is drawn; passed to the overlay's JS module.</summary>
/// <param name="Opacity">Opacity of the heatmap, 0–1.</param>
/// <param name="Enabled">False hides the heatmap (the video keeps playing).</param>
/// <param name="Faces">Whether the face boxes of the analysed frames are drawn.</param>
public sealed record OverlayOptions(double Opacity, bool Enabled, bool Faces = true);

/// <summary>Where the overlay's JS module finds the maps of one clip.</summary>
/// <param name="IndexUrl">Address of the SaliencyIndex JSON.</param>
/// <param name="ChunkUrlTemplate">Address of a chunk file with <c>{chunk}</c> in place of the chunk number.</param>
public sealed record OverlaySource(string IndexUrl, string ChunkUrlTemplate);
