// In-browser saliency: the server's ONNX graph run by onnxruntime-web (WebGPU when the browser has an adapter, else wasm with threads).
// Frames go in as uint8 NHWC RGB at the analysis size; pre-processing lives in the graph, as on the server.
// Nothing leaves the browser except the one download of the graph.

const ortRoot = '/lib/onnxruntime-web/';
const builds = { wasm: 'ort.wasm.min.mjs', webgpu: 'ort.webgpu.min.mjs' };
const ortLoading = {};

/**
 * The execution provider this browser gets: 'webgpu' when navigator.gpu gives an adapter, else 'wasm' (CPU, SIMD, threads).
 * Returns { backend, reason } so the page can say which runs and why.
 */
export async function chooseBackend() {
  if (!('gpu' in navigator)) return { backend: 'wasm', reason: 'no WebGPU in this browser' };
  try {
    const adapter = await navigator.gpu.requestAdapter();
    return adapter ? { backend: 'webgpu', reason: 'WebGPU adapter found' } : { backend: 'wasm', reason: 'no WebGPU adapter' };
  } catch (e) {
    return { backend: 'wasm', reason: `WebGPU adapter request failed: ${e.message ?? e}` };
  }
}

/** Loads onnxruntime-web once per build, with an explicit thread count (threads need cross-origin isolation). */
export function loadOrt(threads = 2, backend = 'wasm') {
  ortLoading[backend] ??= import(`${ortRoot}${builds[backend] ?? builds.wasm}`).then(ort => {
    ort.env.wasm.wasmPaths = ortRoot;
    ort.env.wasm.numThreads = self.crossOriginIsolated ? threads : 1;
    ort.env.wasm.proxy = false;
    return ort;
  });
  return ortLoading[backend];
}

/** The session's execution providers for a backend (WebGPU falls back to wasm for operators it lacks). */
export const executionProvidersFor = backend => (backend === 'webgpu' ? ['webgpu', 'wasm'] : ['wasm']);

/** Rounds half to even, as .NET's Math.Round does, so sizes match the server's FrameSize.FitWithin. */
function roundHalfEven(v) {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The analysis size of a source: long side scaled to longSide, both sides multiples of `multiple`. */
export function analysisSize(width, height, longSide = 384, multiple = 32) {
  const scale = longSide / Math.max(width, height);
  const fit = v => Math.max(multiple, roundHalfEven(v / multiple) * multiple);
  return { width: fit(width * scale), height: fit(height * scale) };
}

/** Lists the server's models (signed-in users only) and picks the default usable one. */
export async function defaultModel(signal) {
  const response = await fetch('/api/models', { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(response.status === 401 ? 'Sign in to load the model.' : `Model list: HTTP ${response.status}`);
  const models = await response.json();
  const usable = models.filter(m => !m.problem);
  const model = usable.find(m => m.isDefault) ?? usable[0];
  if (!model) throw new Error('The server has no usable model yet.');
  return model;
}

/** A saliency model in this tab. Create with SaliencyModel.create; release() frees the session. */
export class SaliencyModel {
  constructor(ort, session, info, threads, backend = 'wasm') {
    this.ort = ort;
    this.session = session;
    this.info = info;
    this.threads = threads;
    this.backend = backend;
    this.canvas = null;
  }

  /** Downloads the graph of `info` (a /api/models entry) and opens a session on `backend` ('wasm' or 'webgpu'). */
  static async create(info, { threads = 2, backend = 'wasm', signal } = {}) {
    const ort = await loadOrt(threads, backend);
    const response = await fetch(`/api/models/${encodeURIComponent(info.name)}/model.onnx`, { credentials: 'same-origin', signal });
    if (!response.ok) throw new Error(`Model ${info.name}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const session = await ort.InferenceSession.create(bytes, { executionProviders: executionProvidersFor(backend), graphOptimizationLevel: 'all' });
    return new SaliencyModel(ort, session, info, ort.env.wasm.numThreads, backend);
  }

  /** The analysis size for a source of width × height at `longSide` (the model's default when omitted). */
  sizeFor(width, height, longSide) {
    return analysisSize(width, height, longSide ?? this.info.defaultLongSide, this.info.sizeMultiple);
  }

  /**
   * Predicts the map of one frame: an ImageData already at an analysis size is used as is; anything drawable
   * (video, image, canvas, ImageData of another size) is scaled to `size` first.
   * Returns { width, height, values: Float32Array (peak 1), inputWidth, inputHeight, ms }.
   */
  async predict(source, size) {
    const started = performance.now();
    const map = await this.predictRgb(this.rgbOf(source, size), size);
    return { ...map, ms: performance.now() - started };
  }

  /** Packed RGB24 of `source` at `size` (scaled in a canvas unless it is an ImageData of that size). */
  rgbOf(source, size) {
    const rgba = this.#pixels(source, size);
    const rgb = new Uint8Array(size.width * size.height * 3);
    for (let i = 0, j = 0; j < rgb.length; i += 4, j += 3) {
      rgb[j] = rgba[i]; rgb[j + 1] = rgba[i + 1]; rgb[j + 2] = rgba[i + 2];
    }
    return rgb;
  }

  /** The map of packed RGB24 pixels already at an analysis size. */
  async predictRgb(rgb, size) {
    const started = performance.now();
    const input = new this.ort.Tensor('uint8', rgb, [1, size.height, size.width, 3]);
    const outputs = await this.session.run({ [this.info.inputName]: input });
    const map = outputs[this.info.outputName];
    const [, , height, width] = map.dims;
    const values = map.data;
    input.dispose?.();
    return { width, height, values, inputWidth: size.width, inputHeight: size.height, ms: performance.now() - started };
  }

  #pixels(source, size) {
    if (source instanceof ImageData && source.width === size.width && source.height === size.height) {
      return source.data;
    }
    if (!this.canvas || this.canvas.width !== size.width || this.canvas.height !== size.height) {
      this.canvas = new OffscreenCanvas(size.width, size.height);
      this.context = this.canvas.getContext('2d', { willReadFrequently: true });
      this.context.imageSmoothingQuality = 'high';
    }
    if (source instanceof ImageData) {
      this.context.drawImage(imageDataCanvas(source), 0, 0, size.width, size.height);
    } else {
      this.context.drawImage(source, 0, 0, size.width, size.height);
    }
    return this.context.getImageData(0, 0, size.width, size.height).data;
  }

  /** Frees the wasm session. */
  async release() {
    await this.session?.release();
    this.session = null;
  }
}

function imageDataCanvas(imageData) {
  const canvas = new OffscreenCanvas(imageData.width, imageData.height);
  canvas.getContext('2d').putImageData(imageData, 0, 0);
  return canvas;
}

/** Paints `map` onto `canvas` (sized like the video) as a translucent heat overlay, upsampled smoothly. */
export function drawHeatmap(canvas, map) {
  const cells = new ImageData(map.width, map.height);
  for (let i = 0; i < map.values.length; i++) {
    const v = Math.max(0, Math.min(1, map.values[i]));
    const o = i * 4;
    cells.data[o] = 255;
    cells.data[o + 1] = Math.round(255 * v * v);
    cells.data[o + 2] = 0;
    cells.data[o + 3] = Math.round(200 * v);
  }
  const context = canvas.getContext('2d');
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = true;
  context.drawImage(imageDataCanvas(cells), 0, 0, canvas.width, canvas.height);
}

/**
 * Test hook: the map of one RGB24 frame (base64) of width × height, analysed at that size or, when `size`
 * is given, scaled to it in a canvas first (as live frames are).
 */
export async function predictRgbBase64(base64, width, height, threads = 2, size = null) {
  const model = await SaliencyModel.create(await defaultModel(), { threads });
  try {
    const rgb = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    const image = new ImageData(width, height);
    for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
      image.data[j] = rgb[i]; image.data[j + 1] = rgb[i + 1]; image.data[j + 2] = rgb[i + 2]; image.data[j + 3] = 255;
    }
    const map = await model.predict(image, size ?? { width, height });
    return { width: map.width, height: map.height, values: Array.from(map.values), threads: model.threads, isolated: self.crossOriginIsolated };
  } finally {
    await model.release();
  }
}

/** Benchmark hook: frames/s of predict() on a synthetic frame at each size, after warm-up runs. */
export async function benchmark(sizes, runs = 20, threads = 2) {
  const model = await SaliencyModel.create(await defaultModel(), { threads });
  try {
    const results = [];
    let warmUntil = performance.now() + 3000; // lets V8 tier the hot wasm functions up before the first timing
    for (const size of sizes) {
      const frame = new OffscreenCanvas(size.width * 2, size.height * 2);
      const context = frame.getContext('2d');
      context.fillStyle = '#345'; context.fillRect(0, 0, frame.width, frame.height);
      context.fillStyle = '#fc3'; context.beginPath(); context.arc(frame.width / 3, frame.height / 2, frame.height / 5, 0, 7); context.fill();
      for (let i = 0; i < 3 || performance.now() < warmUntil; i++) await model.predict(frame, size);
      warmUntil = 0;
      const started = performance.now();
      for (let i = 0; i < runs; i++) await model.predict(frame, size);
      const ms = (performance.now() - started) / runs;
      results.push({ width: size.width, height: size.height, msPerFrame: ms, framesPerSecond: 1000 / ms });
    }
    return { threads: model.threads, isolated: self.crossOriginIsolated, results };
  } finally {
    await model.release();
  }
}
