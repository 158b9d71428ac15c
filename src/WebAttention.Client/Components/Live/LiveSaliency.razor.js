// Live attention overlay: camera or a local video file, the server's fused pipeline run in this tab on each new frame (model,
// faces, motion, static overlay, fusion with the server's weights, smoothing), the map drawn over the video. WebGPU when the
// browser has an adapter, wasm otherwise. Privacy: frames and maps stay in this tab; only the models and settings are downloaded.
import { SaliencyModel, chooseBackend, defaultModel, drawHeatmap } from '/js/browser-saliency.js';
import { FusedPipeline, pipelineSettings } from '/js/attention/pipeline.js';

/** Wires the elements to a live loop; returns the controller the component calls (and disposes). */
export function attach(video, overlay, fileInput, dotnet, options) {
  const state = { model: null, pipeline: null, backend: null, running: false, stream: null, fileUrl: null, longSide: options.longSide, abort: new AbortController() };
  const report = (status, fps = 0, ms = 0, error = null) =>
    dotnet.invokeMethodAsync('OnStatus', status, fps, ms, state.model?.threads ?? 0, error, state.backend?.backend ?? null, state.backend?.reason ?? null).catch(() => { });

  const loaded = (async () => {
    try {
      report('Loading the model…');
      state.backend = await chooseBackend();
      const signal = state.abort.signal;
      const [info, settings] = await Promise.all([defaultModel(signal), pipelineSettings(signal)]);
      const model = await SaliencyModel.create(info, { threads: options.threads, backend: state.backend.backend, signal });
      state.pipeline = await FusedPipeline.create(model, settings, { signal });
      state.model = model;
      report(`${info.name}@${info.version} + faces + motion (${settings.name}) ready`);
    } catch (e) {
      if (!state.abort.signal.aborted) report('Model unavailable', 0, 0, String(e.message ?? e));
    }
  })();

  const stopSource = () => {
    state.running = false;
    state.stream?.getTracks().forEach(t => t.stop());
    state.stream = null;
    if (state.fileUrl) URL.revokeObjectURL(state.fileUrl);
    state.fileUrl = null;
    video.removeAttribute('src');
    video.srcObject = null;
  };

  const nextFrame = () => new Promise(resolve => {
    const timer = setTimeout(resolve, 100); // a paused or frozen source must not stall the loop
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(() => { clearTimeout(timer); resolve(); });
  });

  const run = async () => {
    await loaded;
    if (!state.model) return;
    state.running = true;
    let windowStart = performance.now(), frames = 0, lastTime = -1, lastMs = 0;
    while (state.running) {
      // A file frame is analysed once; a camera's currentTime may stand still, so its frames pace by callback.
      const fresh = video.srcObject !== null || video.currentTime !== lastTime;
      if (video.readyState >= 2 && video.videoWidth > 0 && fresh) {
        lastTime = video.currentTime;
        const size = state.model.sizeFor(video.videoWidth, video.videoHeight, state.longSide);
        const map = await state.pipeline.analyse(state.model.rgbOf(video, size), size);
        if (!state.running) break;
        if (overlay.width !== video.videoWidth || overlay.height !== video.videoHeight) {
          overlay.width = video.videoWidth;
          overlay.height = video.videoHeight;
        }
        drawHeatmap(overlay, map);
        frames++;
        lastMs = map.ms;
        const elapsed = performance.now() - windowStart;
        if (elapsed >= 1000) {
          const fps = frames * 1000 / elapsed;
          overlay.dataset.fps = fps.toFixed(2);
          report(`Analysing ${size.width}×${size.height}`, fps, lastMs);
          windowStart = performance.now();
          frames = 0;
        }
      }
      await nextFrame();
    }
  };

  const start = async () => {
    state.pipeline?.reset();
    await video.play();
    run().catch(e => report('Stopped', 0, 0, String(e.message ?? e)));
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    stopSource();
    state.fileUrl = URL.createObjectURL(file);
    video.srcObject = null;
    video.src = state.fileUrl;
    video.loop = true;
    await start();
  });

  return {
    /** Starts the camera (getUserMedia) as the source. */
    async useCamera() {
      stopSource();
      try {
        state.stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 360 } }, audio: false });
      } catch (e) {
        report('No camera', 0, 0, String(e.message ?? e));
        return;
      }
      video.srcObject = state.stream;
      await start();
    },
    /** Changes the analysis long side (e.g. 384 full, 256 light). */
    setLongSide(longSide) { state.longSide = longSide; },
    /** Stops the source and the loop. */
    stop() { stopSource(); report(state.model ? 'Stopped' : 'Model unavailable'); },
    /** Stops everything and frees the model. */
    async dispose() {
      state.abort.abort();
      stopSource();
      await loaded;
      await state.pipeline?.release();
      await state.model?.release();
    },
  };
}
