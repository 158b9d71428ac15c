// Draws a clip's 8-bit saliency maps and its face boxes over the <video> that shares the canvas's parent,
// in step with the frame on screen.
// Maps come from the server in chunk files (SaliencyIndex: chunkFrames frames each, width*height
// bytes a frame, 255 = the frame's peak); chunks ahead of the playhead are prefetched and a few kept.
// State for E2E tests is mirrored on the canvas: data-frames-drawn, data-frame, data-max-value,
// data-overlay-state (loading | ready | off | error), data-faces-drawn (boxes on screen);
// window.webAttentionOverlay.stats(canvas) returns the same. Faces ({frames, starts, boxes}, see FaceTrack.Packed):
// the boxes of the nearest analysed frame at or before the frame on screen.

const chunksAhead = 2;
const chunksKept = 6;
const indexRetryMs = 4000;
const indexRetries = 5;

const overlays = new WeakMap();

/** Starts drawing maps of `source` ({indexUrl, chunkUrlTemplate}) on `canvas` over the <video> beside it. */
export function attach(canvas, source, options) {
  detach(canvas);
  const video = canvas.parentElement?.querySelector('video');
  if (!video) throw new Error('The saliency overlay needs a <video> beside its canvas.');
  const overlay = new Overlay(video, canvas, source, options);
  overlays.set(canvas, overlay);
  overlay.start();
}

/** Changes opacity, heatmap on/off and faces on/off ({opacity, enabled, faces}). */
export function setOptions(canvas, options) {
  overlays.get(canvas)?.setOptions(options);
}

/** Sets the face track ({frames, starts, boxes}) or null for none. */
export function setFaces(canvas, faces) {
  overlays.get(canvas)?.setFaces(faces);
}

/** Position of the nearest analysed frame at or before `frame` in ascending `frames`, or -1 (mirrors FaceTrack.IndexAt). */
export function faceIndexAt(frames, frame) {
  let lo = 0, hi = frames.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid] <= frame) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
  }
  return found;
}

/** Stops drawing and releases listeners, requests and cached maps. */
export function detach(canvas) {
  const overlay = overlays.get(canvas);
  if (overlay) {
    overlay.dispose();
    overlays.delete(canvas);
  }
}

/** Colour of each map value: an inferno-like ramp, alpha rising with attention. */
export function buildLut() {
  const stops = [
    [0.0, 0, 0, 4],
    [0.2, 60, 9, 102],
    [0.4, 147, 38, 103],
    [0.6, 221, 81, 58],
    [0.8, 252, 165, 10],
    [1.0, 252, 255, 164],
  ];
  const lut = new Uint8ClampedArray(256 * 4);
  for (let v = 0; v < 256; v++) {
    const t = v / 255;
    let i = 1;
    while (i < stops.length - 1 && stops[i][0] < t) i++;
    const [t0, r0, g0, b0] = stops[i - 1];
    const [t1, r1, g1, b1] = stops[i];
    const f = (t - t0) / (t1 - t0);
    lut[v * 4] = r0 + (r1 - r0) * f;
    lut[v * 4 + 1] = g0 + (g1 - g0) * f;
    lut[v * 4 + 2] = b0 + (b1 - b0) * f;
    // Low attention stays see-through so the picture remains readable.
    lut[v * 4 + 3] = Math.min(255, Math.pow(t, 0.7) * 255);
  }
  return lut;
}

const lut = buildLut();

class Overlay {
  constructor(video, canvas, source, options) {
    this.video = video;
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.source = source;
    this.opacity = options?.opacity ?? 0.6;
    this.enabled = options?.enabled ?? true;
    this.showFaces = options?.faces ?? true;
    this.faces = null;
    this.index = null;
    this.chunks = new Map(); // chunk number -> { data: Uint8Array | null, promise }
    this.abort = new AbortController();
    this.framesDrawn = 0;
    this.lastFrame = -1;
    this.disposed = false;
    this.frameCallbackId = null;
    this.animationFrameId = null;
    this.indexTimer = null;
    this.onEvent = () => this.drawCurrent();
    this.resizeObserver = new ResizeObserver(() => this.resize());
  }

  start() {
    this.setState('loading');
    this.resizeObserver.observe(this.video);
    for (const name of ['seeked', 'loadeddata', 'pause', 'play']) {
      this.video.addEventListener(name, this.onEvent);
    }
    this.resize();
    this.loadIndex(0);
    this.schedule();
  }

  setOptions(options) {
    this.opacity = Math.min(1, Math.max(0, options?.opacity ?? this.opacity));
    this.enabled = options?.enabled ?? this.enabled;
    this.showFaces = options?.faces ?? this.showFaces;
    this.canvas.dataset.opacity = String(this.opacity);
    this.lastFrame = -1;
    this.drawCurrent();
  }

  setFaces(faces) {
    this.faces = faces && faces.frames && faces.frames.length > 0 ? faces : null;
    this.drawCurrent();
  }

  dispose() {
    this.disposed = true;
    this.abort.abort();
    clearTimeout(this.indexTimer);
    if (this.frameCallbackId !== null && this.video.cancelVideoFrameCallback) {
      this.video.cancelVideoFrameCallback(this.frameCallbackId);
    }
    if (this.animationFrameId !== null) cancelAnimationFrame(this.animationFrameId);
    for (const name of ['seeked', 'loadeddata', 'pause', 'play']) {
      this.video.removeEventListener(name, this.onEvent);
    }
    this.resizeObserver.disconnect();
    this.chunks.clear();
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  setState(state) {
    this.canvas.dataset.overlayState = state;
  }

  async loadIndex(attempt) {
    try {
      const response = await fetch(this.source.indexUrl, { credentials: 'same-origin', signal: this.abort.signal });
      if (!response.ok) throw new Error(`index: HTTP ${response.status}`);
      const index = await response.json();
      if (!(index.width > 0 && index.height > 0 && index.frameCount > 0 && index.frameRate > 0 && index.chunkFrames > 0)) {
        throw new Error('index: missing sizes');
      }
      this.index = index;
      this.frameBytes = index.width * index.height;
      this.mapCanvas = document.createElement('canvas');
      this.mapCanvas.width = index.width;
      this.mapCanvas.height = index.height;
      this.mapCtx = this.mapCanvas.getContext('2d');
      this.image = this.mapCtx.createImageData(index.width, index.height);
      this.setState(this.enabled ? 'ready' : 'off');
      this.drawCurrent();
    } catch (error) {
      if (this.disposed) return;
      console.warn('Saliency overlay:', error);
      if (attempt + 1 < indexRetries) {
        this.indexTimer = setTimeout(() => this.loadIndex(attempt + 1), indexRetryMs);
      } else {
        this.setState('error');
      }
    }
  }

  /** Runs the draw loop on every presented video frame, or every animation frame as a fallback. */
  schedule() {
    if (this.disposed) return;
    if ('requestVideoFrameCallback' in this.video) {
      this.frameCallbackId = this.video.requestVideoFrameCallback((_, metadata) => {
        this.draw(metadata.mediaTime);
        this.schedule();
      });
    } else {
      this.animationFrameId = requestAnimationFrame(() => {
        this.draw(this.video.currentTime);
        this.schedule();
      });
    }
  }

  drawCurrent() {
    this.lastFrame = -1;
    this.draw(this.video.currentTime);
  }

  frameAt(seconds) {
    const { frameRate, frameCount } = this.index;
    // A small epsilon (FrameClock.Epsilon, as the stage uses): frame n's timestamp n/fps must not round down to n-1.
    const frame = Math.floor(seconds * frameRate + 1e-3);
    return Math.min(frameCount - 1, Math.max(0, frame));
  }

  chunkInfo(number) {
    const listed = this.index.chunks?.find(c => c.number === number);
    const firstFrame = listed?.firstFrame ?? number * this.index.chunkFrames;
    const frameCount = listed?.frameCount ?? Math.min(this.index.chunkFrames, this.index.frameCount - firstFrame);
    return { number, firstFrame, frameCount };
  }

  requestChunk(number) {
    const lastChunk = Math.floor((this.index.frameCount - 1) / this.index.chunkFrames);
    if (number < 0 || number > lastChunk || this.chunks.has(number)) return;
    const entry = { data: null, promise: null };
    const url = this.source.chunkUrlTemplate.replace('{chunk}', String(number));
    entry.promise = fetch(url, { credentials: 'same-origin', signal: this.abort.signal })
      .then(r => {
        if (!r.ok) throw new Error(`chunk ${number}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then(buffer => {
        entry.data = new Uint8Array(buffer);
        const current = this.frameAt(this.video.currentTime);
        if (Math.floor(current / this.index.chunkFrames) === number) this.drawCurrent();
      })
      .catch(error => {
        if (this.disposed) return;
        console.warn('Saliency overlay:', error);
        this.chunks.delete(number); // try again on a later frame
      });
    this.chunks.set(number, entry);
  }

  /** Keeps the chunk on screen and the next few; forgets the ones furthest away. */
  prefetch(current) {
    for (let n = current; n <= current + chunksAhead; n++) this.requestChunk(n);
    if (this.chunks.size <= chunksKept) return;
    const byDistance = [...this.chunks.keys()].sort((a, b) => Math.abs(b - current) - Math.abs(a - current));
    for (const n of byDistance.slice(0, this.chunks.size - chunksKept)) this.chunks.delete(n);
  }

  draw(seconds) {
    if (this.disposed || !this.index) return;
    const frame = this.frameAt(seconds);
    const chunkNumber = Math.floor(frame / this.index.chunkFrames);
    this.prefetch(chunkNumber);
    if (frame === this.lastFrame) return;
    let map = null;
    if (this.enabled) {
      const entry = this.chunks.get(chunkNumber);
      if (!entry?.data) return; // drawn when the chunk arrives
      const { firstFrame } = this.chunkInfo(chunkNumber);
      const start = (frame - firstFrame) * this.frameBytes;
      if (start < 0 || start + this.frameBytes > entry.data.length) return;
      map = entry.data.subarray(start, start + this.frameBytes);
    }
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (map) {
      this.paint(map);
      this.framesDrawn++;
      this.setState('ready');
      this.canvas.dataset.framesDrawn = String(this.framesDrawn);
    } else {
      this.setState('off');
    }
    this.drawFaces(frame);
    this.lastFrame = frame;
    this.canvas.dataset.frame = String(frame);
  }

  drawFaces(frame) {
    let drawn = 0;
    if (this.showFaces && this.faces) {
      const i = faceIndexAt(this.faces.frames, frame);
      if (i >= 0) {
        const rect = this.contentRect();
        const { starts, boxes } = this.faces;
        this.ctx.lineWidth = Math.max(2, Math.round(2 * (window.devicePixelRatio || 1)));
        this.ctx.strokeStyle = '#00e5ff';
        for (let b = starts[i]; b < starts[i + 1]; b++) {
          const [x, y, w, h] = [boxes[b * 4], boxes[b * 4 + 1], boxes[b * 4 + 2], boxes[b * 4 + 3]];
          this.ctx.strokeRect(rect.x + x * rect.width, rect.y + y * rect.height, w * rect.width, h * rect.height);
          drawn++;
        }
      }
    }
    this.canvas.dataset.facesDrawn = String(drawn);
  }

  paint(map) {
    const pixels = this.image.data;
    let max = 0;
    for (let i = 0, p = 0; i < map.length; i++, p += 4) {
      const v = map[i];
      if (v > max) max = v;
      const l = v * 4;
      pixels[p] = lut[l];
      pixels[p + 1] = lut[l + 1];
      pixels[p + 2] = lut[l + 2];
      pixels[p + 3] = lut[l + 3];
    }
    this.mapCtx.putImageData(this.image, 0, 0);
    const rect = this.contentRect();
    this.ctx.globalAlpha = this.opacity;
    this.ctx.imageSmoothingEnabled = true;
    this.ctx.imageSmoothingQuality = 'high';
    this.ctx.drawImage(this.mapCanvas, rect.x, rect.y, rect.width, rect.height);
    this.ctx.globalAlpha = 1;
    this.canvas.dataset.maxValue = String(max);
  }

  /** The part of the canvas the picture occupies (the video letterboxes with object-fit: contain). */
  contentRect() {
    const { width, height } = this.canvas;
    const vw = this.video.videoWidth || this.index.width;
    const vh = this.video.videoHeight || this.index.height;
    const scale = Math.min(width / vw, height / vh);
    const w = vw * scale;
    const h = vh * scale;
    return { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h };
  }

  resize() {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(this.video.clientWidth * ratio));
    const height = Math.max(1, Math.round(this.video.clientHeight * ratio));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      if (this.index) this.drawCurrent();
    }
  }

  stats() {
    return {
      state: this.canvas.dataset.overlayState,
      framesDrawn: this.framesDrawn,
      frame: this.lastFrame,
      opacity: this.opacity,
      enabled: this.enabled,
      faces: this.showFaces,
      chunksCached: [...this.chunks.values()].filter(c => c.data).length,
    };
  }
}

// A hook for end-to-end tests and debugging.
if (typeof window !== 'undefined') {
  window.webAttentionOverlay = {
    stats: canvas => overlays.get(canvas)?.stats() ?? null,
  };
}
