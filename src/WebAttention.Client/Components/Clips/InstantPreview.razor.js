// Instant preview of an uploaded clip while the server analyses it: the clip's browser copy plays muted, and the first
// seconds go through the same fused pipeline as /live local mode (pipeline.js), in this tab. The first pass analyses each
// new frame; afterwards the loop replays the maps it kept. Nothing is uploaded; the server's maps replace all of this.
import { SaliencyModel, chooseBackend, defaultModel, drawHeatmap } from '/js/browser-saliency.js';
import { FusedPipeline, pipelineSettings } from '/js/attention/pipeline.js';

/** Why this browser cannot run the model, or null when it can (WebAssembly with threads, i.e. cross-origin isolated). */
export function unsupportedReason() {
  if (typeof WebAssembly !== 'object') return 'This browser has no WebAssembly, so it cannot run the attention model.';
  if (typeof SharedArrayBuffer !== 'function' || !self.crossOriginIsolated) return 'This browser cannot run the attention model here (no WebAssembly threads).';
  return null;
}

/** The kept map nearest before `time` (maps sorted by time), or null. */
export function mapAt(maps, time) {
  let found = null;
  for (const entry of maps) {
    if (entry.time > time + 1e-3) break;
    found = entry;
  }
  return found?.map ?? null;
}

/** Starts the preview; returns the controller the component disposes. options: { url, seconds, threads, longSide }. */
export function attach(video, overlay, dotnet, options) {
  const abort = new AbortController();
  const signal = abort.signal;
  const maps = [];
  let model = null, pipeline = null;
  const report = (state, message = null) => {
    if (!signal.aborted) dotnet.invokeMethodAsync('OnPreviewState', state, message, maps.length).catch(() => { });
  };
  const wait = ms => new Promise(resolve => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
  const nextFrame = () => new Promise(resolve => {
    const timer = setTimeout(resolve, 100); // a paused source must not stall the loop
    video.requestVideoFrameCallback?.(() => { clearTimeout(timer); resolve(); });
  });

  // The browser copy appears once the server's job has made it (404 or a half-written file until then): retry.
  const loadVideo = async () => {
    video.preload = 'auto';
    video.muted = true;
    while (!signal.aborted) {
      const ok = await new Promise(resolve => {
        const done = result => { video.onloadeddata = null; video.onerror = null; signal.removeEventListener('abort', stop); resolve(result); };
        const stop = () => done(false);
        signal.addEventListener('abort', stop, { once: true });
        video.onloadeddata = () => done(true);
        video.onerror = () => done(false);
        video.src = `${options.url}${options.url.includes('?') ? '&' : '?'}try=${Date.now()}`;
        video.load();
      });
      if (ok) return true;
      await wait(1000);
    }
    return false;
  };

  const draw = map => {
    if (overlay.width !== video.videoWidth || overlay.height !== video.videoHeight) {
      overlay.width = video.videoWidth;
      overlay.height = video.videoHeight;
    }
    drawHeatmap(overlay, map);
    overlay.dataset.framesDrawn = String(Number(overlay.dataset.framesDrawn ?? 0) + 1);
  };

  const run = async () => {
    const reason = unsupportedReason();
    if (reason) { report('unsupported', reason); return; }
    report('loading', 'Loading the model in this browser…');
    const backend = await chooseBackend();
    const [info, settings] = await Promise.all([defaultModel(signal), pipelineSettings(signal)]);
    model = await SaliencyModel.create(info, { threads: options.threads, backend: backend.backend, signal });
    pipeline = await FusedPipeline.create(model, settings, { signal });
    if (signal.aborted) return;
    report('loading', 'Waiting for the browser copy of the clip…');
    if (!await loadVideo()) return;
    video.muted = true;
    video.loop = false;
    await video.play().catch(() => { });
    let lastTime = -1, firstPass = true;
    while (!signal.aborted) {
      const end = Math.min(options.seconds, Number.isFinite(video.duration) ? video.duration : options.seconds);
      if (video.ended || video.currentTime >= end) {
        if (firstPass) report('running', null); // the window is analysed (frame count final): replay it with the kept maps
        firstPass = false;
        video.currentTime = 0;
        await video.play().catch(() => { });
      }
      if (video.readyState >= 2 && video.currentTime !== lastTime) {
        lastTime = video.currentTime;
        if (firstPass) {
          const size = model.sizeFor(video.videoWidth, video.videoHeight, options.longSide);
          const map = await pipeline.analyse(model.rgbOf(video, size), size);
          if (signal.aborted) break;
          maps.push({ time: lastTime, map });
          draw(map);
          report('running', null); // each new map: the page shows the count
        } else {
          const map = mapAt(maps, lastTime);
          if (map) draw(map);
        }
      }
      await nextFrame();
    }
  };

  const finished = run().catch(e => { if (!signal.aborted) report('failed', String(e.message ?? e)); });

  return {
    /** Stops the loop, the video and frees the model. */
    async dispose() {
      abort.abort();
      video.pause();
      video.removeAttribute('src');
      video.load();
      await finished;
      await pipeline?.release();
      await model?.release();
    },
  };
}
