// Helpers of a timeline lane: its width (to turn a drag into frames) and pointer capture while a keyframe is dragged.

/** Width of `element` in CSS pixels. */
export function measure(element) {
  return element.getBoundingClientRect().width;
}

/** Lets `element` keep receiving a pointer's events while it moves outside it. */
export function capturePointer(element, pointerId) {
  try { element.setPointerCapture(pointerId); } catch { /* the pointer is already gone */ }
}
