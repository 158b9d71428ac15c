// Faces as the server finds them (Inference/Faces): BlazeFace back 256 in onnxruntime-web on the letterboxed frame and,
// for elongated frames, overlapping square tiles; supersampled input in [-1, 1]; SSD anchors; weighted suppression; boxes
// clipped to the frame. Pure helpers plus a small detector class around the session.

export const modelUrl = '/lib/blazeface/face_detection_back_256x256_barracuda.onnx';
export const inputSize = 256;
/** The server's defaults (BlazeFaceOptions); the server sends its own in /api/live/pipeline. */
export const defaultFaceOptions = { minScore: 0.7, minSidePixels: 10, suppressionIoU: 0.3, tiles: true };

/** SSD anchors (centres, 0–1): cells × cells, perCell a cell, rows outer. */
export function anchorGrid(cells, perCell) {
  const anchors = new Float64Array(cells * cells * perCell * 2);
  let i = 0;
  for (let row = 0; row < cells; row++) for (let column = 0; column < cells; column++) for (let k = 0; k < perCell; k++) { anchors[i++] = (column + 0.5) / cells; anchors[i++] = (row + 0.5) / cells; }
  return anchors;
}
const fineAnchors = anchorGrid(16, 2);
const coarseAnchors = anchorGrid(8, 6);

/** The views looked at: the centred letterbox square, then (for frames ≥ 1.2:1) tiles overlapping by ≥ 25 %. */
export function faceViews(width, height, tiles = true) {
  const longSide = Math.max(width, height), shortSide = Math.min(width, height);
  const views = [{ left: (width - longSide) / 2, top: (height - longSide) / 2, side: longSide }];
  if (!tiles || longSide < 1.2 * shortSide) return views;
  const count = Math.max(2, 1 + Math.ceil((longSide - shortSide) / (shortSide * 0.75)));
  const step = (longSide - shortSide) / (count - 1);
  for (let i = 0; i < count; i++) views.push(width >= height ? { left: i * step, top: 0, side: shortSide } : { left: 0, top: i * step, side: shortSide });
  return views;
}

/** Fills the NHWC float input for one view: each input pixel averages k × k bilinear samples; padding is black. */
export function fillInput(rgb, width, height, view, size, destination) {
  const pixel = view.side / size;
  const k = Math.min(8, Math.max(1, Math.ceil(pixel)));
  const n = k * k;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0;
      for (let sy = 0; sy < k; sy++) {
        const fy = view.top + (y + (sy + 0.5) / k) * pixel - 0.5;
        for (let sx = 0; sx < k; sx++) {
          const fx = view.left + (x + (sx + 0.5) / k) * pixel - 0.5;
          if (fx < -0.5 || fy < -0.5 || fx > width - 0.5 || fy > height - 0.5) continue;
          const cx = Math.min(width - 1, Math.max(0, fx)), cy = Math.min(height - 1, Math.max(0, fy));
          const x0 = Math.trunc(cx), y0 = Math.trunc(cy), x1 = Math.min(x0 + 1, width - 1), y1 = Math.min(y0 + 1, height - 1);
          const ax = cx - x0, ay = cy - y0;
          const p00 = (y0 * width + x0) * 3, p01 = (y0 * width + x1) * 3, p10 = (y1 * width + x0) * 3, p11 = (y1 * width + x1) * 3;
          r += (rgb[p00] * (1 - ax) + rgb[p01] * ax) * (1 - ay) + (rgb[p10] * (1 - ax) + rgb[p11] * ax) * ay;
          g += (rgb[p00 + 1] * (1 - ax) + rgb[p01 + 1] * ax) * (1 - ay) + (rgb[p10 + 1] * (1 - ax) + rgb[p11 + 1] * ax) * ay;
          b += (rgb[p00 + 2] * (1 - ax) + rgb[p01 + 2] * ax) * (1 - ay) + (rgb[p10 + 2] * (1 - ax) + rgb[p11 + 2] * ax) * ay;
        }
      }
      const o = (y * size + x) * 3;
      destination[o] = r / n / 127.5 - 1; destination[o + 1] = g / n / 127.5 - 1; destination[o + 2] = b / n / 127.5 - 1;
    }
  }
}

const sigmoid = logit => 1 / (1 + Math.exp(-Math.min(100, Math.max(-100, logit))));

/** Boxes (0–1 of the view's input) of the anchors scoring at least minScore, appended to `into`. */
export function decode(logits, regressors, anchors, size, minScore, into) {
  for (let i = 0; i < logits.length; i++) {
    const score = sigmoid(logits[i]);
    if (score < minScore) continue;
    const o = i * 16;
    const cx = regressors[o] / size + anchors[2 * i], cy = regressors[o + 1] / size + anchors[2 * i + 1];
    const w = regressors[o + 2] / size, h = regressors[o + 3] / size;
    if (w <= 0 || h <= 0 || !Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    into.push({ x: cx - w / 2, y: cy - h / 2, w, h, score });
  }
}

const area = c => Math.max(0, c.w) * Math.max(0, c.h);
function iou(a, b) {
  const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x), iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (ix <= 0 || iy <= 0) return 0;
  const inter = ix * iy, union = area(a) + area(b) - inter;
  return union <= 0 ? 0 : inter / union;
}

/** Weighted non-maximum suppression (MediaPipe's): groups around the best box become their score-weighted mean. */
export function weightedNms(candidates, threshold) {
  let remaining = candidates.filter(c => area(c) > 0 && c.score > 0).sort((a, b) => b.score - a.score);
  const merged = [];
  while (remaining.length > 0) {
    const best = remaining[0];
    const group = remaining.filter(c => c === best || iou(best, c) > threshold);
    remaining = remaining.filter(c => !group.includes(c));
    let total = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    for (const c of group) { total += c.score; x0 += c.score * c.x; y0 += c.score * c.y; x1 += c.score * (c.x + c.w); y1 += c.score * (c.y + c.h); }
    x0 /= total; y0 /= total; x1 /= total; y1 /= total;
    merged.push({ x: x0, y: y0, w: x1 - x0, h: y1 - y0, score: best.score });
  }
  return merged;
}

/** Each view's boxes mapped to the frame (0–1), merged, dropped when centred outside or too small, clipped. */
export function mergeViews(width, height, found, options) {
  const inFrame = [];
  for (const { view, boxes } of found) {
    for (const b of boxes) inFrame.push({ x: (view.left + b.x * view.side) / width, y: (view.top + b.y * view.side) / height, w: b.w * view.side / width, h: b.h * view.side / height, score: b.score });
  }
  const faces = [];
  for (const box of weightedNms(inFrame, options.suppressionIoU)) {
    const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
    if (cx < 0 || cx > 1 || cy < 0 || cy > 1 || Math.min(box.w * width, box.h * height) < options.minSidePixels) continue;
    const x0 = Math.min(1, Math.max(0, box.x)), y0 = Math.min(1, Math.max(0, box.y));
    const x1 = Math.min(1, Math.max(0, box.x + box.w)), y1 = Math.min(1, Math.max(0, box.y + box.h));
    faces.push({ x: x0, y: y0, w: x1 - x0, h: y1 - y0, score: Math.min(1, Math.max(0, box.score)) });
  }
  return faces;
}

/** BlazeFace in this tab. create() downloads the model once; detect(rgb, width, height) → faces (0–1 of the frame). */
export class FaceDetector {
  constructor(ort, session, options) { this.ort = ort; this.session = session; this.options = options; this.input = new Float32Array(inputSize * inputSize * 3); }

  static async create(ort, { options = defaultFaceOptions, executionProviders = ['wasm'], signal } = {}) {
    const response = await fetch(modelUrl, { signal });
    if (!response.ok) throw new Error(`Face model: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const session = await ort.InferenceSession.create(bytes, { executionProviders, graphOptimizationLevel: 'all' });
    return new FaceDetector(ort, session, { ...defaultFaceOptions, ...options });
  }

  async detect(rgb, width, height) {
    const found = [];
    for (const view of faceViews(width, height, this.options.tiles)) {
      fillInput(rgb, width, height, view, inputSize, this.input);
      const tensor = new this.ort.Tensor('float32', this.input, [1, inputSize, inputSize, 3]);
      const out = await this.session.run({ [this.session.inputNames[0]]: tensor });
      const [fine, coarse, fineBoxes, coarseBoxes] = ['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0'].map(name => out[name].data);
      const boxes = [];
      decode(fine, fineBoxes, fineAnchors, inputSize, this.options.minScore, boxes);
      decode(coarse, coarseBoxes, coarseAnchors, inputSize, this.options.minScore, boxes);
      found.push({ view, boxes });
    }
    return mergeViews(width, height, found, this.options);
  }

  async release() { await this.session?.release(); this.session = null; }
}
