namespace WebAttention.Inference.Models;

/// <summary>Tensor layouts named in manifests.</summary>
public static class ModelLayouts
{
    /// <summary>Frames as bytes, [N,H,W,3], RGB order: exactly what the decoder hands over.</summary>
    public const string NhwcUint8Rgb = "NHWC uint8 RGB";

    /// <summary>
    /// Clips as bytes, [N,T,H,W,3], RGB order: for each of the N frames a map is asked for, the T frames
    /// ending at it, oldest first (clip models, temporal window T).
    /// </summary>
    public const string NthwcUint8Rgb = "NTHWC uint8 RGB";

    /// <summary>Largest temporal window a clip model may declare.</summary>
    public const int MaximumTemporalWindow = 64;

    /// <summary>Why <paramref name="inputLayout"/> cannot go with <paramref name="temporalWindow"/>, or null when they fit.</summary>
    public static string? CheckWindow(string inputLayout, int temporalWindow) => inputLayout switch
    {
        NhwcUint8Rgb when temporalWindow != 1 =>
            $"'temporalWindow' is {temporalWindow} but input layout \"{NhwcUint8Rgb}\" is for image models (window 1); clip models use \"{NthwcUint8Rgb}\".",
        NthwcUint8Rgb when temporalWindow is < 1 or > MaximumTemporalWindow =>
            $"'temporalWindow' of a clip model (\"{NthwcUint8Rgb}\") must be 1 to {MaximumTemporalWindow} (was {temporalWindow}).",
        NhwcUint8Rgb or NthwcUint8Rgb => null,
        _ => $"'input.layout' \"{inputLayout}\" is not supported; use \"{NhwcUint8Rgb}\" (image models) or \"{NthwcUint8Rgb}\" (clip models).",
    };

    /// <summary>One float map per frame, [N,1,h,w].</summary>
    public const string NchwFloatMap = "NCHW float32 [N,1,h,w]";
}
