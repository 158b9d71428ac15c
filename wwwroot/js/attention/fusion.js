// Video channel fusion as the server does it (Pipeline/Fusion: VideoChannelFusion, FaceBlobs, VideoCentrePrior; Maps/GaussianBlur;
// Smoothing/TemporalSmoother). Pure functions on row-major Float32Array maps. The weights come from the server
// (GET /api/live/pipeline, read from its video weights file): nothing here is a copied constant of a fit.

/** Model values are floored at this fraction of the model's peak before the log (VideoChannelFusion.ModelFloor). */
export const modelFloor = 1e-6;
/** σ, in map cells, of the blurred model and motion features (VideoChannelFusion.SpreadSigma). */
export const spreadSigma = 2;

/** Normalised Gaussian kernel of σ, radius ⌈3σ⌉. */
export function gaussianKernel(sigma) {
  const radius = Math.ceil(3 * sigma);
  const kernel = new Float64Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) { kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma)); sum += kernel[i + radius]; }
  for (let i = 0; i < kernel.length; i++) kernel[i] /= sum;
  return kernel;
}

/** Separable blur, rows then columns; outside the map counts as zero. */
export function gaussianBlur(source, width, height, sigma) {
  const kernel = gaussianKernel(sigma);
  const radius = (kernel.length - 1) / 2;
  const rows = new Float64Array(source.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = Math.max(0, x - radius), to = Math.min(width - 1, x + radius); k <= to; k++) sum += source[row + k] * kernel[k - x + radius];
      rows[row + x] = sum;
    }
  }
  const result = new Float32Array(source.length);
  for (let y = 0; y < height; y++) {
    const from = Math.max(0, y - radius), to = Math.min(height - 1, y + radius);
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = from; k <= to; k++) sum += rows[k * width + x] * kernel[k - y + radius];
      result[y * width + x] = sum;
    }
  }
  return result;
}

/** Spatial spread of the map's mass relative to a uniform map's (1 flat or empty, 0 one sharp peak). */
export function ambiguity(model, width, height) {
  let sum = 0, mx = 0, my = 0, mxx = 0, myy = 0;
  for (let i = 0; i < model.length; i++) {
    const v = Number.isFinite(model[i]) && model[i] > 0 ? model[i] : 0;
    const x = ((i % width) + 0.5) / width, y = (Math.floor(i / width) + 0.5) / height;
    sum += v; mx += v * x; my += v * y; mxx += v * x * x; myy += v * y * y;
  }
  if (!(sum > 0)) return 1;
  mx /= sum; my /= sum;
  const variance = Math.max(0, mxx / sum - mx * mx) + Math.max(0, myy / sum - my * my);
  const uniform = (width * width - 1) / (12 * width * width) + (height * height - 1) / (12 * height * height);
  return uniform > 0 ? Math.sqrt(variance / uniform) : 1;
}

/** The centre prior: a Gaussian bump, peak 1 at the grid's centre, σ as a fraction of width and height. */
export function centrePrior(width, height, sigma) {
  const map = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const dy = (y + 0.5) / height - 0.5;
    for (let x = 0; x < width; x++) {
      const dx = (x + 0.5) / width - 0.5;
      map[y * width + x] = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
    }
  }
  return map;
}

/** Faces ({x, y, w, h, score} as fractions of the frame) as Gaussian blobs on the grid; the larger value wins. */
export function faceBlobs(faces, width, height, sigma) {
  const map = new Float32Array(width * height);
  for (const face of faces) {
    const score = Math.min(1, Math.max(0, face.score));
    const cx = (face.x + face.w / 2) * width, cy = (face.y + face.h / 2) * height;
    const sx = Math.max(0.5, sigma * face.w * width), sy = Math.max(0.5, sigma * face.h * height);
    if (score <= 0 || !Number.isFinite(cx) || !Number.isFinite(cy) || !Number.isFinite(sx) || !Number.isFinite(sy)) continue;
    const x0 = Math.max(0, Math.floor(cx - 3 * sx)), x1 = Math.min(width - 1, Math.ceil(cx + 3 * sx));
    const y0 = Math.max(0, Math.floor(cy - 3 * sy)), y1 = Math.min(height - 1, Math.ceil(cy + 3 * sy));
    for (let y = y0; y <= y1; y++) {
      const dy = (y + 0.5 - cy) / sy;
      for (let x = x0; x <= x1; x++) {
        const dx = (x + 0.5 - cx) / sx;
        const value = score * Math.exp(-0.5 * (dx * dx + dy * dy));
        if (value > map[y * width + x]) map[y * width + x] = value;
      }
    }
  }
  return map;
}

/**
 * Fuses one frame's channels ({width, height, model, face, motion, static}; absent channels are null) with the video
 * weights into a new peak-1 map: log fused = Σ weight·feature, in VideoChannelFusion's feature order.
 */
export function fuse(channels, weights, centre) {
  const { width, height, model } = channels;
  const n = width * height;
  let peak = 0;
  for (const m of model) if (Number.isFinite(m)) peak = Math.max(peak, m);
  const floor = Math.max(peak, 1e-30) * modelFloor;
  const clean = new Float32Array(n);
  for (let i = 0; i < n; i++) clean[i] = Number.isFinite(model[i]) && model[i] > 0 ? model[i] : 0;
  const blurredModel = gaussianBlur(clean, width, height, spreadSigma);
  const blurredMotion = channels.motion ? gaussianBlur(channels.motion, width, height, spreadSigma) : null;
  const a = ambiguity(clean, width, height);
  const w = weights;
  const log = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const m = Number.isFinite(model[i]) ? model[i] : 0;
    const logModel = Math.log(Math.max(m, floor));
    const logBlurred = Math.log(Math.max(blurredModel[i], floor));
    const s = w.model * logModel
      + w.face * (channels.face ? channels.face[i] : 0)
      + w.motion * (channels.motion ? channels.motion[i] : 0)
      + w.static * (channels.static ? -channels.static[i] : 0)
      + w.centre * centre[i]
      + w.modelSpread * logBlurred
      + w.motionSpread * (blurredMotion ? blurredMotion[i] : 0)
      + w.centreAmbiguity * a * centre[i]
      + w.modelAmbiguity * a * logBlurred;
    log[i] = s;
    if (s > max) max = s;
  }
  const result = new Float32Array(n);
  for (let i = 0; i < n; i++) result[i] = Math.exp(log[i] - max);
  return result;
}

/** Weight of the newest map in the moving average at `perSecond` analysed maps a second (α = 1 − exp(−Δt/τ)). */
export function smoothingFactorAt(smoothingSeconds, perSecond) {
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new Error(`Not a positive rate: ${perSecond}`);
  return smoothingSeconds <= 0 ? 1 : Math.min(1, Math.max(1e-3, 1 - Math.exp(-1 / (smoothingSeconds * perSecond))));
}

/** Per-cell exponential moving average over maps; restarts on a size change or reset(). */
export class TemporalSmoother {
  constructor(alpha) {
    if (!(alpha > 0 && alpha <= 1)) throw new Error(`Smoothing factor must be in (0, 1] (was ${alpha}).`);
    this.alpha = Math.fround(alpha);
    this.state = null;
  }

  /** The smoothed map for the newest `values` (a new array). */
  next(values, width, height) {
    if (!this.state || this.width !== width || this.height !== height) {
      this.state = Float32Array.from(values);
      this.width = width; this.height = height;
    } else if (this.alpha === 1) {
      this.state.set(values);
    } else {
      const t = this.alpha, s = Math.fround(1 - t);
      for (let i = 0; i < values.length; i++) this.state[i] = s * this.state[i] + t * values[i];
    }
    return Float32Array.from(this.state);
  }

  reset() { this.state = null; }
}
