/**
 * Where the in-page chip may sit: never over anything the candidate might click or type in.
 * Candidate spots are tried in order (the candidate's own position first, then the corners and
 * points along the bottom and top edges); the first one whose rectangle meets no interactive
 * element's rectangle wins. No DOM here beyond what the caller passes: unit-testable.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What a candidate can act on: links, controls, editable and focusable things. */
export const INTERACTIVE_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'label',
  'summary',
  'iframe',
  '[contenteditable]:not([contenteditable=false])',
  '[role=button]',
  '[role=link]',
  '[role=menuitem]',
  '[role=tab]',
  '[role=checkbox]',
  '[role=switch]',
  '[role=option]',
  '[role=textbox]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

const MARGIN = 8;
/** Room kept around the chip so that it does not touch a control either. */
const GAP = 4;

export const intersects = (a: Rect, b: Rect, gap = GAP): boolean =>
  a.left - gap < b.left + b.width &&
  b.left < a.left + a.width + gap &&
  a.top - gap < b.top + b.height &&
  b.top < a.top + a.height + gap;

/** Spots for a `width`×`height` chip in a `vw`×`vh` viewport, most discreet first. */
export const candidateSpots = (vw: number, vh: number, width: number, height: number): Rect[] => {
  const spots: Rect[] = [];
  const right = Math.max(MARGIN, vw - width - MARGIN);
  const bottom = Math.max(MARGIN, vh - height - MARGIN);
  const xs = [MARGIN, right];
  const steps = Math.max(1, Math.floor((vw - width) / (width / 2)));
  for (let i = 1; i < steps; i++) xs.push(Math.round(MARGIN + ((right - MARGIN) * i) / steps));
  const ys = [bottom, MARGIN];
  const rows = Math.max(1, Math.floor((vh - height) / (height * 2)));
  for (let j = 1; j < rows; j++) ys.push(Math.round(bottom - ((bottom - MARGIN) * j) / rows));
  for (const top of ys) for (const left of xs) spots.push({ left, top, width, height });
  return spots;
};

/** Keeps a rectangle inside the viewport. */
export const clampTo = (rect: Rect, vw: number, vh: number): Rect => ({
  ...rect,
  left: Math.min(Math.max(MARGIN, rect.left), Math.max(MARGIN, vw - rect.width - MARGIN)),
  top: Math.min(Math.max(MARGIN, rect.top), Math.max(MARGIN, vh - rect.height - MARGIN)),
});

/**
 * The first spot, the preferred one first, that meets no obstacle; null when every spot does
 * (the caller then hides the chip rather than cover a control).
 */
export const choosePlace = (
  preferred: Rect | null,
  spots: readonly Rect[],
  obstacles: readonly Rect[],
): Rect | null => {
  const free = (rect: Rect) => !obstacles.some((obstacle) => intersects(rect, obstacle));
  if (preferred && free(preferred)) return preferred;
  // Near the preferred spot first, so that a chip the candidate moved stays near where it was.
  const ordered = preferred
    ? [...spots].sort(
        (a, b) =>
          Math.hypot(a.left - preferred.left, a.top - preferred.top) -
          Math.hypot(b.left - preferred.left, b.top - preferred.top),
      )
    : spots;
  return ordered.find(free) ?? null;
};

/** Rectangles of the interactive elements visible in the viewport (the chip's own excepted). */
export const interactiveRects = (doc: Document, except: Element | null, vw: number, vh: number): Rect[] => {
  const rects: Rect[] = [];
  for (const element of doc.querySelectorAll(INTERACTIVE_SELECTOR)) {
    if (except && (element === except || except.contains(element))) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.bottom < 0 || box.right < 0 || box.top > vh || box.left > vw) continue;
    rects.push({ left: box.left, top: box.top, width: box.width, height: box.height });
  }
  return rects;
};
