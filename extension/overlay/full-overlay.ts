/**
 * The Preact overlay and chip, loaded only when a page needs them (issue 19). The content script
 * (entrypoints/overlay.content) evaluates on every page of the reference site, and a candidate
 * keeps the overlay folded on most of them: it shows the plain-DOM tab (folded-tab.ts) and asks
 * for the full overlay (entrypoints/overlay-app.tsx, a script of its own) the first time it is
 * unfolded, when it loads unfolded, or when the chip is wanted.
 *
 * The script is injected by the background (`scripting.executeScript`, background/overlay-load.ts)
 * into the content scripts' isolated world of this frame, where it registers itself on that
 * world's global object: nothing is web-accessible, the page can neither load the script nor see
 * the registration (a page script runs in another world). See docs/adr/0019-lazy-overlay.md.
 */
import { browser } from 'wxt/browser';
import type { ChipAppProps } from '../chip/chip-app.tsx';
import type { OverlayAppProps } from './overlay-app.tsx';

export interface FullOverlay {
  renderOverlay(root: HTMLElement, props: OverlayAppProps): void;
  renderChip(root: HTMLElement, props: ChipAppProps): void;
  /** Unmounts whatever Preact rendered in `root`. */
  unmount(root: HTMLElement): void;
}

/** The message a content script sends to have the full overlay injected in its (top) frame. */
export const OVERLAY_LOAD = 'overlay.load';
/** The file the background injects (WXT's name for entrypoints/overlay-app.tsx). */
export const OVERLAY_APP_FILE = 'overlay-app.js';

const GLOBAL = '__temoinFullOverlay';
type Holder = { [GLOBAL]?: FullOverlay };

/** Called by the injected script once evaluated. */
export const registerFullOverlay = (overlay: FullOverlay): void => {
  (globalThis as Holder)[GLOBAL] = overlay;
};

/** The registered overlay, if the script has run in this world. */
export const registeredFullOverlay = (): FullOverlay | undefined => (globalThis as Holder)[GLOBAL];

let loading: Promise<FullOverlay> | null = null;

/**
 * The full overlay, injected on first use (one request per page, however many callers). Rejects
 * when the background could not inject it; the next call asks again.
 */
export const loadFullOverlay = (
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<FullOverlay> => {
  const known = registeredFullOverlay();
  if (known) return Promise.resolve(known);
  loading ??= send({ type: OVERLAY_LOAD }).then(
    (response) => {
      // Once registered, the global answers; until then, each failure lets the next call ask.
      loading = null;
      const overlay = registeredFullOverlay();
      if ((response as { ok?: unknown } | undefined)?.ok !== true || !overlay)
        throw new Error('Témoin: the overlay could not be loaded');
      return overlay;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
};
