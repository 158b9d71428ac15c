// Test and benchmark hooks of the browser pipeline (Playwright calls them with page.evaluate). Nothing is sent anywhere.
import { SaliencyModel, chooseBackend, defaultModel } from '/js/browser-saliency.js';
import { FusedPipeline, pipelineSettings } from './pipeline.js';

function imageFromRgb(rgb, width, height) {
  const image = new ImageData(width, height);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    image.data[j] = rgb[i]; image.data[j + 1] = rgb[i + 1]; image.data[j + 2] = rgb[i + 2]; image.data[j + 3] = 255;
  }
  return image;
}

async function open(threads, backend) {
  const chosen = backend ? { backend, reason: 'asked for' } : await chooseBackend();
  const model = await SaliencyModel.create(await defaultModel(), { threads, backend: chosen.backend });
  return { model, settings: await pipelineSettings(), chosen };
}

/**
 * The fused, smoothed maps of a sequence of RGB24 frames (base64, width × height each), analysed in order by one run at the
 * model's analysis size (frames scaled in a canvas, as live frames are); smoothing at `frameRate` (default: the server's).
 */
export async function analyseFramesBase64(frames, width, height, { threads = 2, frameRate, backend } = {}) {
  const { model, settings, chosen } = await open(threads, backend);
  const pipeline = await FusedPipeline.create(model, settings, { frameRate });
  try {
    const size = model.sizeFor(width, height);
    const maps = [];
    for (const base64 of frames) {
      const rgb = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
      const pixels = size.width === width && size.height === height ? rgb : model.rgbOf(imageFromRgb(rgb, width, height), size);
      const map = await pipeline.analyse(pixels, size);
      maps.push({ width: map.width, height: map.height, values: Array.from(map.values), faces: map.faces.map(f => ({ ...f })), looked: map.looked, ms: map.ms });
    }
    return { backend: model.backend, reason: chosen.reason, threads: model.threads, isolated: self.crossOriginIsolated, size, settings: settings.name, maps };
  } finally {
    await pipeline.release();
    await model.release();
  }
}

/** Frames/s of the whole pipeline (model, faces every faceStride-th frame, motion, overlay, fusion) on a moving synthetic scene. */
export async function benchmarkPipeline(longSide, runs = 30, threads = 2, backend) {
  const { model, settings, chosen } = await open(threads, backend);
  const pipeline = await FusedPipeline.create(model, settings);
  try {
    const size = model.sizeFor(640, 360, longSide);
    const canvas = new OffscreenCanvas(640, 360);
    const context = canvas.getContext('2d');
    const frame = i => {
      context.fillStyle = '#345'; context.fillRect(0, 0, 640, 360);
      context.fillStyle = '#fc3'; context.beginPath(); context.arc(120 + 8 * i, 180, 60, 0, 7); context.fill();
      context.fillStyle = '#9cf'; context.fillRect(400, 40 + (i % 20) * 4, 80, 80);
      return model.rgbOf(canvas, size);
    };
    const warmUntil = performance.now() + 3000;
    for (let i = 0; i < 3 || performance.now() < warmUntil; i++) await pipeline.analyse(frame(i), size);
    const stages = { inference: 0, motion: 0, fusion: 0 };
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      const result = await pipeline.analyse(frame(i), size);
      for (const k of Object.keys(stages)) stages[k] += result.stages[k] / runs;
    }
    const ms = (performance.now() - started) / runs;
    return { backend: model.backend, reason: chosen.reason, threads: model.threads, isolated: self.crossOriginIsolated, width: size.width, height: size.height, msPerFrame: ms, framesPerSecond: 1000 / ms, stages };
  } finally {
    await pipeline.release();
    await model.release();
  }
}
