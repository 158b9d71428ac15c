// The static-overlay channel as the server computes it (Pipeline/Fusion/StaticOverlay, StaticOverlayTracker): regions
// that stay put while the rest of the frame changes (burned-in text, logos, bars). Pure rule + a small tracker.

/** Luma change (grey levels) that compression noise alone produces. */
export const noiseFloor = 2.0;
const step = 2;

/** The channel on a gridWidth × gridHeight grid from the per-pixel mean luma change (width × height). */
export function staticOverlayMap(change, width, height, gridWidth, gridHeight) {
  const result = new Float32Array(gridWidth * gridHeight);
  let total = 0;
  for (const c of change) total += Math.max(0, c - noiseFloor);
  const g = total / change.length;
  if (!(g > 0)) return result;
  const evidence = g / (g + noiseFloor);
  const sums = new Float64Array(result.length);
  const counts = new Int32Array(result.length);
  for (let y = 0; y < height; y++) {
    const row = Math.min(gridHeight - 1, Math.floor(y * gridHeight / height)) * gridWidth;
    for (let x = 0; x < width; x++) {
      const d = Math.max(0, change[y * width + x] - noiseFloor);
      const cell = row + Math.min(gridWidth - 1, Math.floor(x * gridWidth / width));
      sums[cell] += Math.exp(-d / g);
      counts[cell]++;
    }
  }
  for (let i = 0; i < result.length; i++) result[i] = counts[i] > 0 ? evidence * sums[i] / counts[i] : 0;
  return result;
}

/** Keeps the 2×-subsampled mean luma change of a run's frames; next() gives each frame's channel (zeros for the first). */
export class StaticOverlayTracker {
  constructor() { this.previous = null; }

  next(rgb, width, height, gridWidth, gridHeight) {
    const w = Math.max(1, Math.floor(width / step)), h = Math.max(1, Math.floor(height / step));
    const luma = new Float32Array(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const p = ((y * step) * width + x * step) * 3;
        luma[y * w + x] = Math.fround(Math.fround(Math.fround(0.299 * rgb[p]) + Math.fround(0.587 * rgb[p + 1])) + Math.fround(0.114 * rgb[p + 2]));
      }
    }
    if (!this.previous || w !== this.width || h !== this.height) {
      this.previous = luma; this.width = w; this.height = h; this.steps = 0; this.change = new Float32Array(w * h);
      return new Float32Array(gridWidth * gridHeight);
    }
    this.steps++;
    const rate = 1 / this.steps;
    for (let i = 0; i < luma.length; i++) this.change[i] += rate * (Math.abs(luma[i] - this.previous[i]) - this.change[i]);
    this.previous = luma;
    return staticOverlayMap(this.change, w, h, gridWidth, gridHeight);
  }

  reset() { this.previous = null; }
}
