using WebAttention.Core.Media;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Focus;

/// <summary>
/// Fuses the saliency of a frame and its faces into one <see cref="FrameFocus"/> with the documented
/// weights of <see cref="FocusOptions"/>: focus = Σ wᵢ·pᵢ / Σ wᵢ over the salient centroid and peak (each weighed by
/// confidence^ConfidencePower), the face centres and the frame centre (CentreWeight, a prior);
/// data weight = clamp(Σ wᵢ of the map and faces / (CentroidWeight + PeakWeight), MinWeight, 1);
/// required region = union of the faces scoring ≥ RequiredFaceScore, grown by FaceMargin.
/// </summary>
public static class FocusFusion
{
    /// <summary>Fuses one frame.</summary>
    /// <param name="frame">Frame index.</param>
    /// <param name="salient">Reduced saliency map of the frame.</param>
    /// <param name="faces">Faces of this frame (others are ignored).</param>
    /// <param name="source">Source frame size (the focus is in its pixels).</param>
    /// <param name="options">Weights.</param>
    /// <param name="window">The best-mass window of the frame (when <see cref="FocusOptions.MassWindowWidth"/> is set).</param>
    public static FrameFocus Fuse(long frame, SalientFocus salient, IEnumerable<FaceBox> faces, FrameSize source, FocusOptions options, WindowFocus? window = null)
    {
        ArgumentNullException.ThrowIfNull(faces);
        ArgumentNullException.ThrowIfNull(options);
        double sw = 0, sx = 0, sy = 0;
        void Add(double w, double x, double y)
        {
            if (w > 0)
            {
                sw += w;
                sx += w * x;
                sy += w * y;
            }
        }

        var evidence = options.ConfidencePower == 1 ? salient.Confidence : Math.Pow(Math.Max(0, salient.Confidence), options.ConfidencePower);
        if (window is { } w)
        {
            // Off-centre only as far as the evidence carries: gain / (gain + margin) of the way to the best window.
            var pull = options.CentreMargin > 0 ? w.Gain / (w.Gain + options.CentreMargin) : 1;
            Add((options.CentroidWeight + options.PeakWeight) * evidence, (0.5 + ((w.X - 0.5) * pull)) * source.Width, (0.5 + ((w.Y - 0.5) * pull)) * source.Height);
        }
        else
        {
            Add(options.CentroidWeight * evidence, salient.CentroidX * source.Width, salient.CentroidY * source.Height);
            Add(options.PeakWeight * evidence, salient.PeakX * source.Width, salient.PeakY * source.Height);
        }
        PixelRect? required = null;
        foreach (var face in faces)
        {
            if (face.Frame != frame || face.Score < options.MinFaceScore || !(face.W > 0) || !(face.H > 0))
            {
                continue;
            }

            var box = face.ToPixels(source.Width, source.Height);
            Add(options.FaceWeight * face.Score, box.X + (box.Width / 2), box.Y + (box.Height / 2));
            if (face.Score >= options.RequiredFaceScore)
            {
                var grown = box.Inflate(options.FaceMargin).ClipTo(source.Width, source.Height);
                required = required is { } r ? r.Union(grown) : grown;
            }
        }

        var data = sw;
        Add(options.CentreWeight, source.Width / 2.0, source.Height / 2.0);
        if (!(sw > 0))
        {
            return new FrameFocus(frame, source.Width / 2.0, source.Height / 2.0, options.MinWeight, required);
        }

        var scale = options.CentroidWeight + options.PeakWeight;
        var weight = Math.Clamp(scale > 0 ? data / scale : 1, options.MinWeight, 1);
        return new FrameFocus(frame, sx / sw, sy / sw, weight, required);
    }
}
