using System.Numerics;
using System.Runtime.InteropServices;

namespace WebAttention.Training.Readout;

/// <summary>The two SIMD loops the readout spends its time in (dot product and y += a·x), on <see cref="Vector{T}"/>.</summary>
public static class VectorOps
{
    /// <summary>Σ a[i]·b[i] over the common length.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var n = Math.Min(a.Length, b.Length);
        var width = Vector<float>.Count;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a[..n]);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..n]);
        var acc = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            acc += va[i] * vb[i];
        }

        var sum = Vector.Sum(acc);
        for (var i = va.Length * width; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>y[i] += alpha·x[i] over the common length.</summary>
    public static void AddScaled(Span<float> y, float alpha, ReadOnlySpan<float> x)
    {
        var n = Math.Min(x.Length, y.Length);
        var width = Vector<float>.Count;
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x[..n]);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y[..n]);
        var va = new Vector<float>(alpha);
        for (var i = 0; i < vx.Length; i++)
        {
            vy[i] += va * vx[i];
        }

        for (var i = vx.Length * width; i < n; i++)
        {
            y[i] += alpha * x[i];
        }
    }
}
