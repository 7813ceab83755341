/**
 * Which frames the capture runs in: the reference origin's top frame, and its same-origin
 * iframes. A reference page framed by another site, or a foreign frame inside a reference
 * page, is left alone. `window.origin` (not `location.origin`) so that `about:blank` and
 * `blob:` frames count as the origin that created them.
 */

export interface FrameLike {
  readonly origin: string;
  readonly top: FrameLike | null;
}

export const frameToCapture = (
  win: FrameLike,
  referenceOrigins: readonly string[],
): { topFrame: boolean } | null => {
  if (!referenceOrigins.includes(win.origin)) return null;
  const top = win.top;
  if (!top || top === win) return { topFrame: true };
  try {
    return top.origin === win.origin ? { topFrame: false } : null;
  } catch {
    return null; // a cross-origin top frame refuses to tell its origin
  }
};
