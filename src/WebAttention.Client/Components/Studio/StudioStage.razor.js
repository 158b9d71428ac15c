// The studio's stage: a <video>, the crop window of the frame on screen (an absolutely positioned div over
// the picture, draggable; its corner handles resize it around its centre with the aspect locked) and a live
// preview canvas of the reframed output. The heatmap canvas between them is SaliencyOverlay.razor.js's.
// Everything per frame runs here, driven by requestVideoFrameCallback; .NET hears only about frame changes
// (throttled while playing), the end of a drag or resize and studio keys.
// State for E2E tests is mirrored on the box: data-frame, data-x, data-y, data-w, data-h (source pixels).

const stages = new WeakMap();
const studioKeys = new Set([' ', 'j', 'J', 'k', 'K', 'l', 'L', 'ArrowLeft', 'ArrowRight', 'Delete', 'Backspace']);
const reportEveryMs = 200;
const previewHeight = 240;
const maxZoom = 4; // CropResizeGeometry.MaxZoom
const frameEpsilon = 1e-3; // FrameClock.Epsilon

/**
 * Starts the stage. `dotnet` receives OnFrame(frame, playing), OnCropDraggedJs(frame, dx, dy, w, h),
 * OnCropResizedJs(frame, corner, dx, dy, w, h) and OnKey(key, ctrl, shift).
 */
export function attach(root, video, box, preview, dotnet) {
  detach(root);
  const stage = new Stage(root, video, box, preview, dotnet);
  stages.set(root, stage);
}

/** Sets the clip's frame clock {frameRate, frameCount} (FrameClock): every time ↔ frame mapping uses it. */
export function setClock(root, clock) { stages.get(root)?.setClock(clock); }

/** Sets the path to draw: {frames: Int32 [x,y,w,h]*, sourceWidth, sourceHeight, frameRate} or null. */
export function setPath(root, path) { stages.get(root)?.setPath(path); }

/** Turns the live preview on or off. */
export function setPreview(root, enabled) { stages.get(root)?.setPreview(enabled); }

/** Plays, pauses or toggles. */
export function play(root) { stages.get(root)?.video.play(); }
export function pause(root) { stages.get(root)?.video.pause(); }
export function togglePlay(root) { const v = stages.get(root)?.video; if (v) { v.paused ? v.play() : v.pause(); } }

/** Moves by whole frames (pausing first) or by seconds. */
export function step(root, frames) { stages.get(root)?.step(frames); }
export function skipSeconds(root, seconds) { stages.get(root)?.skipSeconds(seconds); }

/** Shows `frame`; seekTime takes the time .NET worked out (FrameClock.SeekTime). */
export function seekFrame(root, frame) { stages.get(root)?.seekFrame(frame); }
export function seekTime(root, seconds) { const s = stages.get(root); if (s) s.video.currentTime = seconds; }

/** Stops and releases listeners. */
export function detach(root) {
  const stage = stages.get(root);
  if (stage) { stage.dispose(); stages.delete(root); }
}

class Stage {
  constructor(root, video, box, preview, dotnet) {
    Object.assign(this, { root, video, box, preview, dotnet });
    this.path = null;
    this.clock = null;
    this.previewOn = true;
    this.frame = -1;
    this.reportedFrame = -1;
    this.lastReport = 0;
    this.drag = null;
    this.callbackId = null;
    this.disposed = false;
    this.ctx = preview.getContext('2d');
    this.listeners = [
      [video, 'seeked', () => this.update(video.currentTime, true)],
      [video, 'loadeddata', () => this.update(video.currentTime, true)],
      [video, 'pause', () => this.update(video.currentTime, true)],
      [video, 'play', () => { this.report(true); this.schedule(); }],
      [box, 'pointerdown', e => this.beginDrag(e)],
      [box, 'pointermove', e => this.moveDrag(e)],
      [box, 'pointerup', e => this.endDrag(e)],
      [box, 'pointercancel', () => this.cancelDrag()],
      [root, 'keydown', e => this.onKey(e)],
    ];
    for (const [target, name, handler] of this.listeners) target.addEventListener(name, handler);
    this.resizeObserver = new ResizeObserver(() => this.draw());
    this.resizeObserver.observe(video);
    this.schedule();
  }

  setPath(path) {
    // A new path (or the old one again after a failed edit) ends the drop's provisional offset.
    this.drag = null;
    this.path = path && path.frames && path.frames.length >= 4 ? path : null;
    this.box.hidden = !this.path;
    this.preview.hidden = !this.path || !this.previewOn;
    this.draw();
  }

  setClock(clock) {
    this.clock = clock && clock.frameRate > 0 ? clock : null;
    if (this.clock && this.video.readyState >= 1) this.update(this.video.currentTime, true);
  }

  setPreview(enabled) {
    this.previewOn = enabled;
    this.preview.hidden = !this.path || !enabled;
    this.draw();
  }

  // Mirrors FrameClock: the clip's own rate (never an assumed one), frames clamped to the clip.
  get frameRate() { return this.clock?.frameRate || this.path?.frameRate || 0; }

  clampFrame(frame) {
    const count = this.clock?.frameCount || 0;
    return Math.max(0, count > 0 ? Math.min(frame, count - 1) : frame);
  }

  frameAt(time) {
    return this.frameRate > 0 ? this.clampFrame(Math.floor(time * this.frameRate + frameEpsilon)) : -1;
  }

  schedule() {
    if (this.disposed || this.callbackId !== null || !this.video.requestVideoFrameCallback) return;
    this.callbackId = this.video.requestVideoFrameCallback((_, meta) => {
      this.callbackId = null;
      this.update(meta.mediaTime, false);
      if (!this.video.paused) this.schedule();
    });
  }

  update(time, force) {
    this.frame = this.frameAt(time);
    if (this.frame < 0) return; // no clock yet: nothing to report
    this.draw();
    this.report(force);
  }

  report(force) {
    const now = performance.now();
    if (this.frame < 0) return;
    if (this.frame === this.reportedFrame && !force) return;
    if (!force && now - this.lastReport < reportEveryMs) return;
    this.reportedFrame = this.frame;
    this.lastReport = now;
    this.dotnet.invokeMethodAsync('OnFrame', this.frame, !this.video.paused).catch(() => {});
  }

  windowOf(frame) {
    const f = this.path.frames;
    const i = Math.min(Math.max(frame, 0), f.length / 4 - 1) * 4;
    return { x: f[i], y: f[i + 1], w: f[i + 2], h: f[i + 3] };
  }

  // Where the picture is inside the <video> element (object-fit: contain).
  mapping() {
    const ew = this.video.clientWidth, eh = this.video.clientHeight;
    const sw = this.path.sourceWidth, sh = this.path.sourceHeight;
    const scale = Math.min(ew / sw, eh / sh);
    return { scale, ox: (ew - sw * scale) / 2, oy: (eh - sh * scale) / 2, ew, eh };
  }

  draw() {
    if (!this.path || this.frame < 0) return;
    const win = this.drag?.rect ?? this.windowOf(this.frame);
    const m = this.mapping();
    const moving = this.drag && !this.drag.rect;
    const dx = moving ? this.drag.dx : 0, dy = moving ? this.drag.dy : 0;
    const b = this.box;
    b.style.left = `${this.video.offsetLeft + m.ox + win.x * m.scale + dx}px`;
    b.style.top = `${this.video.offsetTop + m.oy + win.y * m.scale + dy}px`;
    b.style.width = `${win.w * m.scale}px`;
    b.style.height = `${win.h * m.scale}px`;
    b.dataset.frame = String(this.frame);
    Object.assign(b.dataset, { x: String(win.x), y: String(win.y), w: String(win.w), h: String(win.h) });
    this.drawPreview(win, dx / m.scale, dy / m.scale);
  }

  drawPreview(win, sdx, sdy) {
    if (!this.previewOn || this.video.readyState < 2) return;
    const height = previewHeight, width = Math.max(1, Math.round(height * win.w / win.h));
    if (this.preview.width !== width || this.preview.height !== height) {
      this.preview.width = width;
      this.preview.height = height;
    }
    this.ctx.fillStyle = '#000';
    this.ctx.fillRect(0, 0, width, height);
    // The window is in the path's (display-space) source pixels; the proxy may be smaller (ProxyGeometry.Fit).
    const kx = (this.video.videoWidth || this.path.sourceWidth) / this.path.sourceWidth;
    const ky = (this.video.videoHeight || this.path.sourceHeight) / this.path.sourceHeight;
    this.ctx.drawImage(this.video, (win.x + sdx) * kx, (win.y + sdy) * ky, win.w * kx, win.h * ky, 0, 0, width, height);
    this.preview.dataset.frame = String(this.frame);
  }

  beginDrag(e) {
    if (!this.path || e.button !== 0) return;
    e.preventDefault();
    this.video.pause();
    this.box.setPointerCapture(e.pointerId);
    const corner = e.target?.dataset?.corner ?? null;
    this.drag = { startX: e.clientX, startY: e.clientY, dx: 0, dy: 0, frame: this.frame, corner, rect: null };
    this.box.classList.add(corner ? 'resizing' : 'dragging');
  }

  // Mirrors CropResizeGeometry.Resize for the provisional box; .NET computes the real window on drop.
  resized(win, corner, ddx, ddy) {
    const sx = corner.endsWith('e') ? 1 : -1, sy = corner.startsWith('s') ? 1 : -1;
    const scale = ((win.w / 2 + sx * ddx) / (win.w / 2) + (win.h / 2 + sy * ddy) / (win.h / 2)) / 2;
    const { sourceWidth: fw, sourceHeight: fh } = this.path;
    const aspect = win.w / win.h;
    const largestW = fw / fh >= aspect ? fh * aspect : fw;
    const w = Math.min(largestW, Math.max(largestW / maxZoom, win.w * scale)), h = w / aspect;
    const clamp = (start, length, extent) => length >= extent ? (extent - length) / 2 : Math.min(Math.max(start, 0), extent - length);
    const cx = win.x + win.w / 2, cy = win.y + win.h / 2;
    return { x: clamp(cx - w / 2, w, fw), y: clamp(cy - h / 2, h, fh), w, h };
  }

  moveDrag(e) {
    if (!this.drag || this.drag.dropped) return;
    if (this.drag.corner) {
      const m = this.mapping();
      this.drag.dx = e.clientX - this.drag.startX;
      this.drag.dy = e.clientY - this.drag.startY;
      this.drag.rect = this.resized(this.windowOf(this.drag.frame), this.drag.corner, this.drag.dx / m.scale, this.drag.dy / m.scale);
      this.draw();
      return;
    }
    const m = this.mapping();
    const win = this.windowOf(this.drag.frame);
    // Same clamp as CropGeometry.Drag, in screen pixels, so the box never leaves the picture.
    const clamp = (start, length, extent, d) =>
      length >= extent ? (extent - length) / 2 - start : Math.min(Math.max(start + d, 0), extent - length) - start;
    this.drag.dx = clamp(win.x, win.w, this.path.sourceWidth, (e.clientX - this.drag.startX) / m.scale) * m.scale;
    this.drag.dy = clamp(win.y, win.h, this.path.sourceHeight, (e.clientY - this.drag.startY) / m.scale) * m.scale;
    this.draw();
  }

  endDrag() {
    if (!this.drag || this.drag.dropped) return;
    const { dx, dy, frame, corner } = this.drag;
    const m = this.mapping();
    this.box.classList.remove('dragging', 'resizing');
    if (Math.abs(dx) + Math.abs(dy) >= 1) {
      this.drag.dropped = true;
      if (corner) {
        this.dotnet.invokeMethodAsync('OnCropResizedJs', frame, corner, dx, dy, m.ew, m.eh).catch(() => {});
      } else {
        this.dotnet.invokeMethodAsync('OnCropDraggedJs', frame, dx, dy, m.ew, m.eh).catch(() => {});
      }
    } else {
      this.drag = null;
      this.draw();
    }
    // The box stays where it was dropped until .NET sends the new path (setPath).
  }

  cancelDrag() {
    this.drag = null;
    this.box.classList.remove('dragging', 'resizing');
    this.draw();
  }

  skipSeconds(seconds) {
    this.video.currentTime = Math.max(0, Math.min(this.video.duration || 0, this.video.currentTime + seconds));
  }

  step(frames) {
    this.video.pause();
    const from = this.frame < 0 ? this.frameAt(this.video.currentTime) : this.frame;
    if (from < 0) return;
    this.seekFrame(this.clampFrame(from + frames));
  }

  seekFrame(frame) {
    // Aim at the middle of the frame so rounding lands on it (FrameClock.SeekTime).
    if (this.frameRate > 0) this.video.currentTime = (this.clampFrame(frame) + 0.5) / this.frameRate;
  }

  onKey(e) {
    const tag = (e.target && e.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || e.target?.isContentEditable) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (!ctrl && !studioKeys.has(e.key)) return;
    if (ctrl && !['z', 'Z', 'y', 'Y'].includes(e.key)) return;
    e.preventDefault();
    this.dotnet.invokeMethodAsync('OnKey', e.key, ctrl, e.shiftKey).catch(() => {});
  }

  dispose() {
    this.disposed = true;
    if (this.callbackId !== null) this.video.cancelVideoFrameCallback?.(this.callbackId);
    for (const [target, name, handler] of this.listeners) target.removeEventListener(name, handler);
    this.resizeObserver.disconnect();
  }
}
