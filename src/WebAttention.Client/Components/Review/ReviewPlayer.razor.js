// The review room's player: applies the presenter's playback to the <video>, reports local play/pause/seek
// (marking the ones it applied itself as remote), and lets the user draw a region box (0–1) over the frame.
const players = new WeakMap();

export function attach(video, overlay, dotnet) {
  const p = { remote: false, drawing: null };
  players.set(video, p);
  const report = (kind) => {
    const remote = p.remote;
    if (kind === 'seeked') p.remote = false;
    dotnet.invokeMethodAsync('OnLocal', kind, video.currentTime, !video.paused, video.playbackRate, remote);
  };
  video.addEventListener('seeked', () => report('seeked'));
  video.addEventListener('play', () => report('play'));
  video.addEventListener('pause', () => report('pause'));
  video.addEventListener('timeupdate', () => dotnet.invokeMethodAsync('OnTime', video.currentTime));
  overlay.addEventListener('pointerdown', (e) => {
    if (overlay.dataset.draw !== 'on') return;
    const r = overlay.getBoundingClientRect();
    p.drawing = { x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height };
    overlay.setPointerCapture(e.pointerId);
  });
  overlay.addEventListener('pointerup', (e) => {
    if (!p.drawing) return;
    const r = overlay.getBoundingClientRect();
    const x2 = Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
    const y2 = Math.min(1, Math.max(0, (e.clientY - r.top) / r.height));
    const x = Math.min(p.drawing.x, x2), y = Math.min(p.drawing.y, y2);
    const w = Math.abs(x2 - p.drawing.x), h = Math.abs(y2 - p.drawing.y);
    p.drawing = null;
    if (w > 0.005 && h > 0.005) dotnet.invokeMethodAsync('OnRegion', x, y, w, h);
  });
}

/** Seeks (when off by more than `tolerance` seconds), sets rate and plays or pauses, as the presenter's state says. */
export function apply(video, time, playing, rate, tolerance) {
  const p = players.get(video);
  if (Math.abs(video.currentTime - time) > tolerance) {
    if (p) p.remote = true;
    video.currentTime = time;
  }
  video.playbackRate = rate;
  if (playing && video.paused) video.play().catch(() => {});
  if (!playing && !video.paused) video.pause();
}

export function position(video) {
  return video.currentTime;
}
