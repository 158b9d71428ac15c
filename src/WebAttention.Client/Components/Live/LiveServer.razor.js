// Server mode of the live page: camera or screen frames, downsized to a 320 px long side and JPEG-encoded in a canvas,
// go to the .NET component (which streams them to /hubs/live, dropping what exceeds its in-flight limit); the maps,
// faces and crop windows it gets back are drawn here over the video.
import { drawHeatmap } from '/js/browser-saliency.js';

const LongSide = 320;

/** Wires the elements; returns the controller the component calls (and disposes). */
export function attach(video, overlay, dotnet) {
  const state = { stream: null, running: false, busy: false, canvas: document.createElement('canvas') };

  const stopSource = () => {
    state.running = false;
    state.stream?.getTracks().forEach(t => t.stop());
    state.stream = null;
    video.srcObject = null;
  };

  const nextFrame = () => new Promise(resolve => {
    const timer = setTimeout(resolve, 100);
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(() => { clearTimeout(timer); resolve(); });
  });

  const encode = () => {
    const scale = LongSide / Math.max(video.videoWidth, video.videoHeight);
    const width = Math.max(1, Math.round(video.videoWidth * scale));
    const height = Math.max(1, Math.round(video.videoHeight * scale));
    state.canvas.width = width;
    state.canvas.height = height;
    state.canvas.getContext('2d').drawImage(video, 0, 0, width, height);
    return new Promise(resolve => state.canvas.toBlob(async blob =>
      resolve({ bytes: new Uint8Array(await blob.arrayBuffer()), width, height }), 'image/jpeg', 0.8));
  };

  const run = async () => {
    state.running = true;
    while (state.running) {
      if (video.readyState >= 2 && video.videoWidth > 0 && !state.busy) {
        state.busy = true;
        const capturedAt = performance.timeOrigin + performance.now();
        const frame = await encode();
        // The component sends it or drops it (in-flight limit); either way the next camera frame is the next candidate.
        await dotnet.invokeMethodAsync('OnFrame', frame.bytes, frame.width, frame.height, capturedAt).catch(() => { });
        state.busy = false;
      }
      await nextFrame();
    }
  };

  return {
    /** Starts the camera ('camera') or a shared screen ('screen'); false when the browser refused. */
    async start(source) {
      stopSource();
      try {
        state.stream = source === 'screen'
          ? await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false })
          : await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 360 } }, audio: false });
      } catch (e) {
        return String(e.message ?? e);
      }
      video.srcObject = state.stream;
      await video.play();
      run();
      return null;
    },
    /** Draws one result: the 8-bit map, face boxes and the suggested crop window (fractions of the frame). */
    draw(map, width, height, faces, crop) {
      if (overlay.width !== video.videoWidth || overlay.height !== video.videoHeight) {
        overlay.width = video.videoWidth || 640;
        overlay.height = video.videoHeight || 360;
      }
      const values = new Float32Array(map.length);
      for (let i = 0; i < map.length; i++) values[i] = map[i] / 255;
      drawHeatmap(overlay, { width, height, values });
      const g = overlay.getContext('2d');
      g.lineWidth = 2;
      g.strokeStyle = '#00e5ff';
      for (const f of faces ?? []) g.strokeRect(f.x * overlay.width, f.y * overlay.height, f.w * overlay.width, f.h * overlay.height);
      if (crop) {
        g.strokeStyle = '#ffffff';
        g.setLineDash([8, 6]);
        g.strokeRect(crop.x * overlay.width, crop.y * overlay.height, crop.w * overlay.width, crop.h * overlay.height);
        g.setLineDash([]);
      }
    },
    /** Stops the source. */
    stop() { stopSource(); },
    dispose() { stopSource(); },
  };
}
