/**
 * The panel's layout preferences — collapsed, dock side, width — as a small pure model.
 * They are a UI preference of this workstation, not evidence: the overlay stores them itself in
 * `browser.storage.local[PREFS_KEY]`, and reads them back with `parsePrefs`, which accepts
 * anything (an older version's shape, a page-corrupted value) and returns valid prefs.
 */
export type DockSide = 'left' | 'right';

export interface OverlayPrefs {
  collapsed: boolean;
  dock: DockSide;
  /** Panel width in CSS pixels, within MIN_WIDTH…MAX_WIDTH. */
  width: number;
}

export const PREFS_KEY = 'overlayPrefs';
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 640;
export const DEFAULT_WIDTH = 380;
/** Arrow keys move the separator by this much; with Shift, by BIG_STEP. */
export const STEP = 16;
export const BIG_STEP = 64;

export const DEFAULT_PREFS: OverlayPrefs = { collapsed: false, dock: 'right', width: DEFAULT_WIDTH };

export const clampWidth = (width: unknown): number => {
  const value = typeof width === 'string' ? Number.parseFloat(width) : width;
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_WIDTH;
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, value)));
};

export const parsePrefs = (value: unknown): OverlayPrefs => {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_PREFS };
  const stored = value as Record<string, unknown>;
  return {
    collapsed: stored.collapsed === true,
    dock: stored.dock === 'left' ? 'left' : 'right',
    width: stored.width === undefined ? DEFAULT_WIDTH : clampWidth(stored.width),
  };
};

export const samePrefs = (a: OverlayPrefs, b: OverlayPrefs) =>
  a.collapsed === b.collapsed && a.dock === b.dock && a.width === b.width;

export const otherSide = (dock: DockSide): DockSide => (dock === 'right' ? 'left' : 'right');

/**
 * The width after a key press on the separator, or null if the key does nothing. Arrows move
 * the separator in their direction: docked right, ArrowLeft widens the panel.
 */
export const widthAfterKey = (
  width: number,
  dock: DockSide,
  key: string,
  shiftKey = false,
): number | null => {
  const step = shiftKey ? BIG_STEP : STEP;
  switch (key) {
    case 'ArrowLeft':
      return clampWidth(width + (dock === 'right' ? step : -step));
    case 'ArrowRight':
      return clampWidth(width + (dock === 'right' ? -step : step));
    case 'Home':
      return MIN_WIDTH;
    case 'End':
      return MAX_WIDTH;
    default:
      return null;
  }
};

/** The width while dragging the separator from `startX` (where the panel was `startWidth`) to `x`. */
export const widthAfterDrag = (startWidth: number, startX: number, x: number, dock: DockSide): number =>
  clampWidth(startWidth + (dock === 'right' ? startX - x : x - startX));
