// The motion channel as the server computes it (Pipeline/Motion: MotionEstimator and its parts): grey frames box-downscaled
// to a working size, Gaussian pyramids, coarse-to-fine block vectors, a robust similarity fit of the camera, and the residual
// against the camera-warped previous frame (and, with t−2 in the history, the smaller of the two residuals), on the map grid.
// Pure functions; the caller keeps the history ({ previous, beforePrevious, previousCamera } of grey-able RGB frames).

const identity = { a: 1, b: 0, tx: 0, ty: 0 };
const apply = (m, x, y) => [m.a * x - m.b * y + m.tx, m.b * x + m.a * y + m.ty];
const scaleOf = m => Math.sqrt(m.a * m.a + m.b * m.b);
const inverse = m => { const d = m.a * m.a + m.b * m.b, a = m.a / d, b = -m.b / d; return { a, b, tx: -(a * m.tx - b * m.ty), ty: -(b * m.tx + a * m.ty) }; };
const then = (m, n) => ({ a: n.a * m.a - n.b * m.b, b: n.b * m.a + n.a * m.b, tx: n.a * m.tx - n.b * m.ty + n.tx, ty: n.b * m.tx + n.a * m.ty + n.ty });
const downscaled = (m, f) => { const c = (f - 1) / 2; return { a: m.a, b: m.b, tx: (m.tx - c + (m.a * c - m.b * c)) / f, ty: (m.ty - c + (m.b * c + m.a * c)) / f }; };
const upscaled = (m, f) => { const c = (f - 1) / 2; return { a: m.a, b: m.b, tx: f * m.tx + c - (m.a * c - m.b * c), ty: f * m.ty + c - (m.b * c + m.a * c) }; };

/** The server's defaults (MotionOptions); the server sends its own in /api/live/pipeline. */
export const defaultMotionOptions = {
  workingLongSide: 160, pyramidLevels: 3, blockSpacing: 12, blockRadius: 5, searchRadius: 6, refineRadius: 2, minimumTexture: 4,
  inlierThreshold: 1, minimumInlierFraction: 0.3, minimumBlocks: 8, maximumZoom: 0.25, maximumRotation: 0.3,
  noiseFloorMultiplier: 2, minimumResidual: 8, borderMargin: 2,
};

/** Box-downscale factor bringing the long side nearest to longSide (at least 1); .NET's round-half-even. */
export function downscaleFactor(width, height, longSide) {
  const v = Math.max(width, height) / longSide;
  let r = Math.round(v);
  if (Math.abs(v % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return Math.max(1, r);
}

/** Luma of packed RGB24 averaged over factor × factor boxes, in float32 as the server. */
export function grayFromRgb(rgb, width, height, factor) {
  const w = Math.max(1, Math.floor(width / factor)), h = Math.max(1, Math.floor(height / factor));
  const stride = width * 3, pixels = new Float32Array(w * h);
  const boxX = Math.min(factor, width), boxY = Math.min(factor, height);
  const scale = Math.fround(1 / (boxX * boxY));
  const f = Math.fround;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let by = 0; by < boxY; by++) {
        let p = (y * factor + by) * stride + x * factor * 3;
        for (let bx = 0; bx < boxX; bx++, p += 3) sum = f(sum + f(f(f(0.299 * rgb[p]) + f(0.587 * rgb[p + 1])) + f(0.114 * rgb[p + 2])));
      }
      pixels[y * w + x] = f(sum * scale);
    }
  }
  return { width: w, height: h, pixels };
}

const clampIndex = (i, n) => (i < 0 ? 0 : i >= n ? n - 1 : i);
const tap = (a, b, c, d, e) => (a + e + 4 * (b + d) + 6 * c) * (1 / 16);

function downsample(image) {
  const { width: w, height: h, pixels: src } = image;
  const hw = Math.floor(w / 2), hh = Math.floor(h / 2);
  const rows = new Float32Array(hw * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < hw; x++) {
      const c = 2 * x;
      rows[y * hw + x] = tap(src[row + clampIndex(c - 2, w)], src[row + clampIndex(c - 1, w)], src[row + c], src[row + clampIndex(c + 1, w)], src[row + clampIndex(c + 2, w)]);
    }
  }
  const pixels = new Float32Array(hw * hh);
  for (let y = 0; y < hh; y++) {
    const c = 2 * y;
    const r0 = clampIndex(c - 2, h) * hw, r1 = clampIndex(c - 1, h) * hw, r2 = c * hw, r3 = clampIndex(c + 1, h) * hw, r4 = clampIndex(c + 2, h) * hw;
    for (let x = 0; x < hw; x++) pixels[y * hw + x] = tap(rows[r0 + x], rows[r1 + x], rows[r2 + x], rows[r3 + x], rows[r4 + x]);
  }
  return { width: hw, height: hh, pixels };
}

/** Gaussian pyramid: level 0 and halvings down to a 16 px short side, `levels` in all at most. */
export function pyramid(image, levels) {
  const list = [image];
  while (list.length < levels && Math.floor(Math.min(list[list.length - 1].width, list[list.length - 1].height) / 2) >= 16) list.push(downsample(list[list.length - 1]));
  return list;
}

const inside = (img, x, y, r) => x - r >= 0 && y - r >= 0 && x + r < img.width && y + r < img.height;

function ssd(a, ax, ay, b, bx, by, r, bound) {
  const pa = a.pixels, pb = b.pixels;
  let sum = 0;
  for (let y = -r; y <= r; y++) {
    const ia = (ay + y) * a.width + ax - r, ib = (by + y) * b.width + bx - r;
    for (let x = 0; x <= 2 * r; x++) { const d = pa[ia + x] - pb[ib + x]; sum += d * d; }
    if (sum >= bound) return sum;
  }
  return sum;
}

function variance(image, cx, cy, r) {
  let sum = 0, squares = 0;
  for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) { const v = image.pixels[y * image.width + x]; sum += v; squares += v * v; }
  const n = (2 * r + 1) * (2 * r + 1), mean = sum / n;
  return squares / n - mean * mean;
}

function subPixel(prev, cur, cx, cy, dx, dy, r, centre, ux, uy) {
  if (!inside(cur, cx + dx - ux, cy + dy - uy, r) || !inside(cur, cx + dx + ux, cy + dy + uy, r)) return 0;
  const minus = ssd(prev, cx, cy, cur, cx + dx - ux, cy + dy - uy, r, Infinity);
  const plus = ssd(prev, cx, cy, cur, cx + dx + ux, cy + dy + uy, r, Infinity);
  const curvature = minus - 2 * centre + plus;
  return curvature <= 0 ? 0 : Math.min(0.5, Math.max(-0.5, (minus - plus) / (2 * curvature)));
}

function matchBlock(previous, current, levels, cx, cy, o) {
  const r = o.blockRadius;
  let dx = 0, dy = 0;
  for (let level = levels - 1; level >= 0; level--) {
    const prev = previous[level], cur = current[level];
    const coarsest = level === levels - 1;
    const radius = coarsest ? o.searchRadius : o.refineRadius;
    if (!coarsest) { dx *= 2; dy *= 2; }
    if (prev.width - 1 - r < r || prev.height - 1 - r < r) return null;
    const bx = Math.min(prev.width - 1 - r, Math.max(r, cx >> level)), by = Math.min(prev.height - 1 - r, Math.max(r, cy >> level));
    let best = Infinity, bestX = dx, bestY = dy;
    for (let sy = dy - radius; sy <= dy + radius; sy++) {
      for (let sx = dx - radius; sx <= dx + radius; sx++) {
        if (!inside(cur, bx + sx, by + sy, r)) continue;
        const cost = ssd(prev, bx, by, cur, bx + sx, by + sy, r, best);
        if (cost < best) { best = cost; bestX = sx; bestY = sy; }
      }
    }
    if (best === Infinity) return null;
    dx = bestX; dy = bestY;
  }
  const image = previous[0], target = current[0];
  const centre = ssd(image, cx, cy, target, cx + dx, cy + dy, r, Infinity);
  return { x: cx, y: cy, dx: dx + subPixel(image, target, cx, cy, dx, dy, r, centre, 1, 0), dy: dy + subPixel(image, target, cx, cy, dx, dy, r, centre, 0, 1) };
}

/** One vector per textured block of the previous frame's level 0. */
export function matchBlocks(previous, current, o) {
  const levels = Math.min(previous.length, current.length), r = o.blockRadius, base = previous[0];
  const vectors = [], first = r + 1, lastX = base.width - r - 2, lastY = base.height - r - 2;
  if (lastX < first || lastY < first) return vectors;
  const startX = first + Math.floor(((lastX - first) % o.blockSpacing) / 2), startY = first + Math.floor(((lastY - first) % o.blockSpacing) / 2);
  const minimumVariance = o.minimumTexture * o.minimumTexture;
  for (let cy = startY; cy <= lastY; cy += o.blockSpacing) {
    for (let cx = startX; cx <= lastX; cx += o.blockSpacing) {
      if (variance(base, cx, cy, r) < minimumVariance) continue;
      const v = matchBlock(previous, current, levels, cx, cy, o);
      if (v) vectors.push(v);
    }
  }
  return vectors;
}

const median = values => { values.sort((p, q) => p - q); const n = values.length; return n % 2 === 1 ? values[(n - 1) / 2] : (values[n / 2 - 1] + values[n / 2]) / 2; };

function residualsOf(vectors, m, out) {
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i], [x, y] = apply(m, v.x, v.y);
    out[i] = Math.sqrt((x - v.x - v.dx) ** 2 + (y - v.y - v.dy) ** 2);
  }
}

function weightedLeastSquares(vectors, weights) {
  let total = 0, px = 0, py = 0, qx = 0, qy = 0;
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i], w = weights[i];
    total += w; px += w * v.x; py += w * v.y; qx += w * (v.x + v.dx); qy += w * (v.y + v.dy);
  }
  if (total <= 0) return null;
  px /= total; py /= total; qx /= total; qy /= total;
  let spread = 0, dot = 0, cross = 0;
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i], w = weights[i];
    const ax = v.x - px, ay = v.y - py, bx = v.x + v.dx - qx, by = v.y + v.dy - qy;
    spread += w * (ax * ax + ay * ay); dot += w * (ax * bx + ay * by); cross += w * (ax * by - ay * bx);
  }
  const [a, b] = spread > 1e-9 ? [dot / spread, cross / spread] : [1, 0];
  return { a, b, tx: qx - (a * px - b * py), ty: qy - (b * px + a * py) };
}

/** IRLS with Tukey's biweight from the median translation; returns { motion, inliers (fraction) }. */
export function robustSimilarityFit(vectors, inlierThreshold) {
  const n = vectors.length;
  if (n === 0) return { motion: identity, inliers: 0 };
  const residuals = new Float64Array(n), weights = new Float64Array(n);
  let motion = { a: 1, b: 0, tx: median(vectors.map(v => v.dx)), ty: median(vectors.map(v => v.dy)) };
  for (let iteration = 0; iteration < 12; iteration++) {
    residualsOf(vectors, motion, residuals);
    const sigma = 1.4826 * median(Array.from(residuals));
    const c = 4.685 * Math.max(sigma, inlierThreshold / 2);
    for (let i = 0; i < n; i++) { const u = residuals[i] / c; weights[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0; }
    const next = weightedLeastSquares(vectors, weights) ?? motion;
    const change = Math.abs(next.a - motion.a) + Math.abs(next.b - motion.b) + Math.abs(next.tx - motion.tx) + Math.abs(next.ty - motion.ty);
    motion = next;
    if (change < 1e-6) break;
  }
  residualsOf(vectors, motion, residuals);
  for (let i = 0; i < n; i++) weights[i] = residuals[i] <= inlierThreshold ? 1 : 0;
  motion = weightedLeastSquares(vectors, weights) ?? motion;
  residualsOf(vectors, motion, residuals);
  let inliers = 0;
  for (const r of residuals) if (r <= inlierThreshold) inliers++;
  return { motion, inliers: inliers / n };
}

/** |current − previous warped by motion| per pixel (0 outside), and the median over pixels with data. */
export function residual(previous, current, motion, margin) {
  const w = current.width, h = current.height, back = inverse(motion), out = new Float32Array(w * h);
  const histogram = new Int32Array(257), src = previous.pixels, pw = previous.width;
  const maxX = previous.width - 1 - margin, maxY = previous.height - 1 - margin;
  let counted = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [sx, sy] = apply(back, x, y);
      if (sx < margin || sy < margin || sx > maxX || sy > maxY || maxX < margin || maxY < margin) continue;
      const x0 = Math.min(Math.trunc(sx), previous.width - 2), y0 = Math.min(Math.trunc(sy), previous.height - 2);
      const fx = Math.fround(sx - x0), fy = Math.fround(sy - y0), i = y0 * pw + x0;
      const top = src[i] + (src[i + 1] - src[i]) * fx, bottom = src[i + pw] + (src[i + pw + 1] - src[i + pw]) * fx;
      const value = Math.fround(Math.abs(current.pixels[y * w + x] - (top + (bottom - top) * fy)));
      out[y * w + x] = value;
      histogram[Math.min(256, Math.trunc(value))]++;
      counted++;
    }
  }
  let med = 0;
  if (counted > 0) {
    med = histogram.length;
    for (let bin = 0, seen = 0; bin < histogram.length; bin++) { seen += histogram[bin]; if (2 * seen >= counted) { med = bin + 0.5; break; } }
  }
  return { values: out, median: med };
}

function subtractFloor(values, floor) { const f = Math.fround(floor); for (let i = 0; i < values.length; i++) values[i] = Math.max(0, values[i] - f); }

function smooth(values, width, height) {
  const scratch = new Float32Array(values.length);
  const blur = (source, destination, length, lines, step, lineStep) => {
    for (let line = 0; line < lines; line++) {
      const o = line * lineStep;
      for (let i = 0; i < length; i++) {
        const sum = 6 * source[o + i * step] + 4 * (source[o + clampIndex(i - 1, length) * step] + source[o + clampIndex(i + 1, length) * step])
          + source[o + clampIndex(i - 2, length) * step] + source[o + clampIndex(i + 2, length) * step];
        destination[o + i * step] = sum * (1 / 16);
      }
    }
  };
  for (let pass = 0; pass < 2; pass++) { blur(values, scratch, width, height, 1, width); blur(scratch, values, height, width, width, 1); }
}

/** Mean of the working pixels under each cell of the grid. */
export function toGrid(values, width, height, gridWidth, gridHeight) {
  const span = (i, n, length) => { const start = Math.min(length - 1, Math.floor(i * length / n)); return [start, Math.min(Math.max(start + 1, Math.floor((i + 1) * length / n)), length)]; };
  const map = new Float32Array(gridWidth * gridHeight);
  for (let gy = 0; gy < gridHeight; gy++) {
    const [y0, y1] = span(gy, gridHeight, height);
    for (let gx = 0; gx < gridWidth; gx++) {
      const [x0, x1] = span(gx, gridWidth, width);
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += values[y * width + x];
      map[gy * gridWidth + gx] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return map;
}

/**
 * The motion of `current` ({ rgb, width, height }) against the history ({ previous, beforePrevious?, previousCamera? }) on a
 * gridWidth × gridHeight grid: { verdict: 'moving' | 'still' | 'notComparable', camera (frame pixels), map (peak 1 or zeros) }.
 */
export function analyseMotion(history, current, gridWidth, gridHeight, o = defaultMotionOptions) {
  const factor = downscaleFactor(current.width, current.height, o.workingLongSide);
  const build = frame => pyramid(grayFromRgb(frame.rgb, frame.width, frame.height, factor), o.pyramidLevels);
  const empty = verdict => ({ verdict, camera: identity, map: new Float32Array(gridWidth * gridHeight) });
  const fit = (from, to) => {
    const vectors = matchBlocks(from, to, o);
    if (vectors.length < o.minimumBlocks) return { camera: identity, assumedStill: true };
    const { motion, inliers } = robustSimilarityFit(vectors, o.inlierThreshold);
    const comparable = inliers >= o.minimumInlierFraction && Math.abs(scaleOf(motion) - 1) <= o.maximumZoom && Math.abs(Math.atan2(motion.b, motion.a)) <= o.maximumRotation;
    return { camera: comparable ? motion : null, assumedStill: false };
  };
  const floorOf = med => Math.max(o.minimumResidual, o.noiseFloorMultiplier * med);

  const prev = build(history.previous), cur = build(current);
  const step = fit(prev, cur);
  if (!step.camera) return empty('notComparable');
  const { values, median: med } = residual(prev[0], cur[0], step.camera, o.borderMargin);
  if (step.assumedStill && med > o.minimumResidual) return empty('notComparable');
  subtractFloor(values, floorOf(med));

  if (history.beforePrevious) {
    let before, earlier;
    if (history.previousCamera) {
      before = grayFromRgb(history.beforePrevious.rgb, history.beforePrevious.width, history.beforePrevious.height, factor);
      earlier = downscaled(history.previousCamera, factor);
    } else {
      const p = build(history.beforePrevious), fitted = fit(p, prev).camera;
      if (fitted) { before = p[0]; earlier = fitted; }
    }
    if (before) {
      const older = residual(before, cur[0], then(earlier, step.camera), o.borderMargin);
      if (!(older.median > Math.max(o.minimumResidual, 2 * med))) {
        subtractFloor(older.values, floorOf(older.median));
        for (let i = 0; i < values.length; i++) values[i] = Math.min(values[i], older.values[i]);
      }
    }
  }

  smooth(values, cur[0].width, cur[0].height);
  const camera = upscaled(step.camera, factor);
  const map = toGrid(values, cur[0].width, cur[0].height, gridWidth, gridHeight);
  let peak = 0;
  for (const v of map) peak = Math.max(peak, v);
  if (peak < 0.01) return { verdict: 'still', camera, map: new Float32Array(map.length) };
  for (let i = 0; i < map.length; i++) map[i] /= peak;
  return { verdict: 'moving', camera, map };
}

/** The history for the next frame (MotionHistory.Then): a not-comparable step keeps only `current`. */
export function nextHistory(history, current, analysis) {
  return analysis.verdict === 'notComparable' ? { previous: current } : { previous: current, beforePrevious: history.previous, previousCamera: analysis.camera };
}
