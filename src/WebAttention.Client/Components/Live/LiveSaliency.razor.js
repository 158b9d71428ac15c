// Live attention overlay: camera or a local video file, the browser model on each new frame, the map drawn
// over the video. Privacy: frames and maps stay in this tab; only the model graph is downloaded.
import { SaliencyModel, defaultModel, drawHeatmap } from '/js/browser-saliency.js';

/** Wires the elements to a live loop; returns the controller the component calls (and disposes). */
export function attach(video, overlay, fileInput, dotnet, options) {
  const state = { model: null, running: false, stream: null, fileUrl: null, longSide: options.longSide, abort: new AbortController() };
  const report = (status, fps = 0, ms = 0, error = null) =>
    dotnet.invokeMethodAsync('OnStatus', status, fps, ms, state.model?.threads ?? 0, error).catch(() => { });

  const loaded = (async () => {
    try {
      report('Loading the model…');
      const info = await defaultModel(state.abort.signal);
      state.model = await SaliencyModel.create(info, { threads: options.threads, signal: state.abort.signal });
      report(`${info.name}@${info.version} ready`);
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
        const map = await state.model.predict(video, size);
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
      await state.model?.release();
    },
  };
}
