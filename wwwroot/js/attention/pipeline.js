// The server's fused live pipeline, in this tab: the saliency model, BlazeFace faces (every faceStride-th frame, boxes held
// in between), motion against the two frames before, the static overlay, the centre prior, fused with the server's video
// weights and smoothed over time. Settings come from GET /api/live/pipeline (the server's weights file and options), so the
// browser and the server fuse with the same numbers. Nothing leaves the browser but those two downloads and the models.
import { centrePrior, faceBlobs, fuse, smoothingFactorAt, TemporalSmoother } from './fusion.js';
import { StaticOverlayTracker } from './static-overlay.js';
import { analyseMotion, nextHistory } from './motion.js';
import { FaceDetector } from './faces.js';

export const settingsUrl = '/api/live/pipeline';

/** The server's pipeline settings: { name, weights, faceStride, nominalFrameRate, faces, motion }. */
export async function pipelineSettings(signal) {
  const response = await fetch(settingsUrl, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(response.status === 401 ? 'Sign in to load the attention settings.' : `Pipeline settings: HTTP ${response.status}`);
  return response.json();
}

/** One causal run over a stream of frames (its own motion history, overlay, faces and smoothing state). */
export class FusedPipeline {
  /**
   * @param model a SaliencyModel (browser-saliency.js); @param faces a FaceDetector or null; @param settings from pipelineSettings();
   * @param frameRate analysed frames a second the smoothing assumes (default: the server's nominal live rate).
   */
  constructor(model, faces, settings, frameRate) {
    this.model = model;
    this.faces = faces;
    this.settings = settings;
    this.smoother = new TemporalSmoother(smoothingFactorAt(settings.weights.smoothingSeconds, frameRate ?? settings.nominalFrameRate));
    this.overlay = new StaticOverlayTracker();
    this.history = null;
    this.sinceDetection = 0;
    this.heldFaces = [];
    this.centre = null;
  }

  /** Downloads the face model and builds a run; `faces: false` leaves the face channel out. */
  static async create(model, settings, { faces = true, frameRate, executionProviders, signal } = {}) {
    const providers = executionProviders ?? (model.backend === 'webgpu' ? ['webgpu', 'wasm'] : ['wasm']);
    const detector = faces ? await FaceDetector.create(model.ort, { options: settings.faces, executionProviders: providers, signal }) : null;
    return new FusedPipeline(model, detector, settings, frameRate);
  }

  /**
   * Analyses the next frame (packed RGB24 at an analysis size): { width, height, values (smoothed, peak 1), raw (fused, unsmoothed),
   * faces, ms, stages: { model, faces, motion, fusion } (ms) }.
   */
  async analyse(rgb, size) {
    const started = performance.now();
    const look = this.faces && (this.sinceDetection === 0 || this.sinceDetection >= this.settings.faceStride);
    if (look) this.sinceDetection = 0;
    this.sinceDetection++;
    const modelStart = performance.now();
    const [map, found] = await Promise.all([
      this.model.predictRgb(rgb, size),
      look ? this.faces.detect(rgb, size.width, size.height) : Promise.resolve(null),
    ]);
    const afterInference = performance.now();
    if (found) this.heldFaces = found;
    const faces = this.faces ? this.heldFaces : [];

    const { width, height } = map;
    const frame = { rgb, width: size.width, height: size.height };
    const overlay = this.overlay.next(rgb, size.width, size.height, width, height);
    let motion = null;
    if (this.history && this.history.previous.width === frame.width && this.history.previous.height === frame.height) {
      const analysis = analyseMotion(this.history, frame, width, height, this.settings.motion);
      motion = analysis.map;
      this.history = nextHistory(this.history, frame, analysis);
    } else {
      this.history = { previous: frame };
    }
    const afterMotion = performance.now();

    if (!this.centre || this.centre.width !== width || this.centre.height !== height) {
      this.centre = { width, height, values: centrePrior(width, height, this.settings.weights.centreSigma) };
    }
    const face = faces.length > 0 ? faceBlobs(faces, width, height, this.settings.weights.faceSigma) : null;
    const raw = fuse({ width, height, model: map.values, face, motion, static: overlay }, this.settings.weights, this.centre.values);
    const values = this.smoother.next(raw, width, height);
    const done = performance.now();
    return {
      width, height, values, raw, faces, looked: look, ms: done - started,
      stages: { inference: afterInference - modelStart, motion: afterMotion - afterInference, fusion: done - afterMotion },
    };
  }

  /** Forgets the causal state (a new source). */
  reset() {
    this.smoother.reset();
    this.overlay.reset();
    this.history = null;
    this.sinceDetection = 0;
    this.heldFaces = [];
  }

  async release() { await this.faces?.release(); }
}
