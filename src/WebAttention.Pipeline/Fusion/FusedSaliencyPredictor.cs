using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// The attention model plus its face and motion channels, for one run over one clip: the model's map,
/// faces found by the <see cref="IFaceDetector"/> drawn as Gaussian blobs, and the motion of each analysed
/// frame against the two analysed frames before it with camera motion removed, fused by <see cref="ChannelFusion"/>.
/// Keeps per-run state (the motion history of the last two analysed frames, the faces found): create one per run and share
/// the inner predictor and detector between runs. Faces found are kept in <see cref="Faces"/> for the
/// clip's face track (the reframer's required regions and the player's face boxes).
/// </summary>
public sealed class FusedSaliencyPredictor : ISaliencyPredictor
{
    private readonly ISaliencyPredictor _model;
    private readonly IFaceDetector? _faces;
    private readonly IMotionEstimator? _motion;
    private readonly FusionWeights _weights;
    private readonly VideoFusionWeights? _video;
    private readonly StaticOverlayTracker _static = new();
    private readonly Dictionary<(int Width, int Height), float[]> _centre = [];
    private readonly List<FaceBox> _found = [];
    private readonly List<long> _analysed = [];
    private readonly Dictionary<long, float[]> _overlays = [];
    private readonly Dictionary<FrameSize, FrameSize> _grids = [];
    private MotionHistory? _history;
    private long _lastFrame = -1;
    private int _sinceDetection;
    private IReadOnlyList<FaceBox> _lastFaces = [];

    /// <summary>Wraps <paramref name="model"/>; a null detector or estimator (or a zero weight) leaves that channel out.</summary>
    /// <exception cref="ArgumentException">The weights are invalid.</exception>
    public FusedSaliencyPredictor(ISaliencyPredictor model, IFaceDetector? faces, IMotionEstimator? motion, FusionWeights weights)
        : this(model, faces, motion, weights, null)
    {
    }

    /// <summary>
    /// Wraps <paramref name="model"/> for video: with <paramref name="video"/> weights every channel is computed (faces,
    /// motion, the static overlay) and fused by <see cref="VideoChannelFusion"/>; without, as the image fusion.
    /// </summary>
    /// <exception cref="ArgumentException">The weights are invalid.</exception>
    public FusedSaliencyPredictor(ISaliencyPredictor model, IFaceDetector? faces, IMotionEstimator? motion, FusionWeights weights, VideoFusionWeights? video)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(weights));
        }

        if (video?.Validate() is { } videoProblem)
        {
            throw new ArgumentException(videoProblem, nameof(video));
        }

        _model = model;
        _faces = faces;
        _motion = weights.Motion > 0 || video is not null ? motion : null;
        _weights = weights;
        _video = video;
    }

    /// <summary>Receives the channels of every analysed frame in video mode, before they are fused (evaluation and fitting record them).</summary>
    public Action<VideoChannels>? ChannelsObserved { get; init; }

    /// <summary>
    /// Faces are looked for on every this-many-th analysed frame (and always on the first frame of a run or after
    /// <see cref="ResetMotion"/>, a cut); a frame in between keeps the faces of the last frame looked at. 1 (the default)
    /// looks at every analysed frame. The detector costs about as much as the model, and faces move little in 1/5 s.
    /// </summary>
    public int FaceStride
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be 1 or more.");
    } = 1;

    /// <summary>Where the last <see cref="PredictAsync"/> spent its time (null before the first).</summary>
    public PredictionTimings? LastTimings { get; private set; }

    /// <summary>The video weights in force, or null for the image fusion.</summary>
    public VideoFusionWeights? VideoWeights => _video;

    /// <inheritdoc />
    public string ModelName => _model.ModelName + Suffix();

    /// <inheritdoc />
    public string Device => _model.Device;

    /// <inheritdoc />
    public int TemporalWindow => _model.TemporalWindow;

    /// <summary>Faces found so far, in frame order.</summary>
    public IReadOnlyList<FaceBox> Faces => _found;

    /// <summary>Indices of the frames analysed so far (each once, in order), with or without faces.</summary>
    public IReadOnlyList<long> AnalysedFrames => _analysed;

    /// <summary>Whether faces are looked for in this run (a detector is present and its weight is above 0).</summary>
    public bool DetectsFaces => _faces is not null && (_video is not null || _weights.Face > 0);

    /// <summary>
    /// The channels this run fuses, in order: "model", then "faces" and "motion" when they run, then "static overlay"
    /// and "centre" for the video model.
    /// </summary>
    public IReadOnlyList<string> Channels =>
    [
        "model",
        .. DetectsFaces ? new[] { "faces" } : [],
        .. _motion is not null ? new[] { "motion" } : [],
        .. _video is not null ? new[] { "static overlay", "centre" } : [],
    ];

    /// <summary>The run's face track: every analysed frame with its faces; the detector is "" when faces were not looked for.</summary>
    public ClipFacesView FaceTrack() => FaceTracks.Build(DetectsFaces ? _faces!.Name : string.Empty, _analysed, _found);

    /// <inheritdoc />
    public FrameSize InputSizeFor(FrameSize source) => _model.InputSizeFor(source);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaliencyMap>> PredictAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frames);

        // Frames already seen are context for clip models; faces and motion are only computed for new ones.
        var fresh = frames.Where(f => f.Index > _lastFrame).ToList();
        var ordered = fresh.OrderBy(f => f.Index).ToList();
        var looked = DetectsFaces ? FramesToSearch(ordered) : [];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var modelTask = _model.PredictAsync(frames, cancellationToken);
        var facesTask = looked.Count == 0
            ? Task.FromResult<IReadOnlyList<FaceBox>>([])
            : _faces!.DetectAsync(looked, cancellationToken);

        // The map grid of an input size is known once the model has answered for it: from then on motion and the static
        // overlay (which need only the frames and the grid) run beside the model and the face detector instead of after them.
        var early = ordered.Count > 0 && ordered.All(f => _grids.ContainsKey(f.Size))
            ? Task.Run(() => EstimateMotion(ordered, f => _grids[f.Size]), cancellationToken)
            : null;
        var maps = await modelTask.ConfigureAwait(false);
        var detected = await facesTask.ConfigureAwait(false);
        var inference = clock.Elapsed.TotalMilliseconds;
        var faces = DetectsFaces ? HoldFaces(ordered, looked, detected) : [];
        _found.AddRange(faces);

        var sizes = frames.GroupBy(f => f.Index).ToDictionary(g => g.Key, g => g.First().Size);
        foreach (var map in maps)
        {
            if (sizes.TryGetValue(map.FrameIndex, out var input))
            {
                _grids.TryAdd(input, new FrameSize(map.Width, map.Height));
            }
        }

        var byFrame = faces.GroupBy(f => f.Frame).ToDictionary(g => g.Key, g => g.ToList());
        var grids = maps.GroupBy(m => m.FrameIndex).ToDictionary(g => g.Key, g => new FrameSize(g.First().Width, g.First().Height));
        var motionByFrame = early is not null
            ? await early.ConfigureAwait(false)
            : EstimateMotion(ordered, f => grids.TryGetValue(f.Index, out var g) ? g : null);
        var channels = clock.Elapsed.TotalMilliseconds;
        var fused = new List<SaliencyMap>(maps.Count);
        foreach (var map in maps)
        {
            if (!motionByFrame.TryGetValue(map.FrameIndex, out var motion))
            {
                fused.Add(map); // A context frame: its fused map went out with the previous batch.
                continue;
            }

            fused.Add(Fuse(map, motion, byFrame.GetValueOrDefault(map.FrameIndex)));
        }

        _analysed.AddRange(ordered.Select(f => f.Index));
        if (ordered.Count > 0)
        {
            _lastFrame = ordered[^1].Index;
        }

        var total = clock.Elapsed.TotalMilliseconds;
        LastTimings = new PredictionTimings(inference, channels - inference, total - channels, early is not null);
        return fused;
    }

    /// <summary>Forgets the analysed frames kept for motion, so no motion is computed across a cut (faces are looked for afresh too).</summary>
    public void ResetMotion()
    {
        _history = null;
        _static.Reset();
        _sinceDetection = 0;
        _lastFaces = [];
    }

    // The new frames (in frame order) the detector looks at: every FaceStride-th since the last one it looked at.
    private List<VideoFrame> FramesToSearch(List<VideoFrame> ordered)
    {
        var looked = new List<VideoFrame>(ordered.Count);
        foreach (var frame in ordered)
        {
            if (_sinceDetection == 0 || _sinceDetection >= FaceStride)
            {
                looked.Add(frame);
                _sinceDetection = 0;
            }

            _sinceDetection++;
        }

        return looked;
    }

    // Every new frame's faces: those found in it when it was looked at, else those of the last frame looked at.
    private List<FaceBox> HoldFaces(List<VideoFrame> ordered, List<VideoFrame> looked, IReadOnlyList<FaceBox> detected)
    {
        var searched = looked.Select(f => f.Index).ToHashSet();
        var found = detected.GroupBy(f => f.Frame).ToDictionary(g => g.Key, g => (IReadOnlyList<FaceBox>)[.. g]);
        var result = new List<FaceBox>();
        foreach (var frame in ordered)
        {
            if (searched.Contains(frame.Index))
            {
                _lastFaces = found.GetValueOrDefault(frame.Index) ?? [];
                result.AddRange(_lastFaces);
            }
            else
            {
                result.AddRange(_lastFaces.Select(f => f with { Frame = frame.Index }));
            }
        }

        return result;
    }

    // Each new frame (in frame order) against the analysed frames before it, carrying the history across batches;
    // an empty map where there is none to compare with (the first frame of the run, or after a size change).
    private Dictionary<long, float[]> EstimateMotion(List<VideoFrame> ordered, Func<VideoFrame, FrameSize?> gridOf)
    {
        var result = new Dictionary<long, float[]>(ordered.Count);
        foreach (var frame in ordered)
        {
            result[frame.Index] = [];
            var frameGrid = gridOf(frame);
            if (_video is not null && frameGrid is { } staticGrid)
            {
                _overlays[frame.Index] = _static.Next(frame.Rgb, frame.Size.Width, frame.Size.Height, staticGrid.Width, staticGrid.Height);
            }

            if (_motion is null)
            {
                continue;
            }

            if (_history is { } history && history.Previous.Size == frame.Size && frameGrid is { } grid)
            {
                var analysis = _motion.Analyse(history, frame, grid);
                result[frame.Index] = analysis.Map;
                _history = history.Then(frame, analysis);
            }
            else
            {
                _history = new MotionHistory(frame);
            }
        }

        return result;
    }

    private SaliencyMap Fuse(SaliencyMap map, float[] motionMap, List<FaceBox>? faces)
    {
        if (_video is not null)
        {
            return FuseVideo(map, motionMap, faces, _video);
        }

        var cells = map.Width * map.Height;
        var face = Span<float>.Empty;
        if (_weights.Face > 0 && faces is { Count: > 0 })
        {
            face = new float[cells];
            FaceBlobs.Render(faces, map.Width, map.Height, _weights.FaceSigma, face);
        }

        var motion = motionMap.AsSpan();

        if (face.IsEmpty && motion.IsEmpty)
        {
            return map;
        }

        var values = new float[cells];
        ChannelFusion.Fuse(map.Values, face, motion, _weights, values);
        return map with { Values = values };
    }

    private SaliencyMap FuseVideo(SaliencyMap map, float[] motionMap, List<FaceBox>? faces, VideoFusionWeights video)
    {
        var face = Array.Empty<float>();
        if (faces is { Count: > 0 })
        {
            face = new float[map.Width * map.Height];
            FaceBlobs.Render(faces, map.Width, map.Height, video.FaceSigma, face);
        }

        _overlays.Remove(map.FrameIndex, out var overlay);
        var channels = new VideoChannels(map.FrameIndex, map.Width, map.Height, map.Values, face, motionMap, overlay ?? []);
        ChannelsObserved?.Invoke(channels);
        if (!_centre.TryGetValue((map.Width, map.Height), out var centre))
        {
            centre = VideoCentrePrior.Map(map.Width, map.Height, video.CentreSigma);
            _centre[(map.Width, map.Height)] = centre;
        }

        return map with { Values = VideoChannelFusion.Fuse(channels, video, centre) };
    }

    private string Suffix() =>
        (DetectsFaces ? "+faces" : string.Empty) + (_motion is not null ? "+motion" : string.Empty) + (_video is not null ? "+video" : string.Empty);
}
