namespace WebAttention.Inference.Models;

/// <summary>Tensor layouts named in manifests.</summary>
public static class ModelLayouts
{
    /// <summary>Frames as bytes, [N,H,W,3], RGB order: exactly what the decoder hands over.</summary>
    public const string NhwcUint8Rgb = "NHWC uint8 RGB";

    /// <summary>One float map per frame, [N,1,h,w].</summary>
    public const string NchwFloatMap = "NCHW float32 [N,1,h,w]";
}
