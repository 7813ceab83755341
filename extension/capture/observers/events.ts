/** Small helpers the observers share to read DOM events. */
import { OVERLAY_TAG } from '../dom/describe.ts';
import type { ElementLike } from '../dom/element.ts';

const ELEMENT_NODE = 1;

/** Elements on the event's composed path, innermost first (open shadow roots included). */
export const elementPath = (event: Event): Element[] => {
  const path = event.composedPath();
  const out: Element[] = [];
  for (const node of path) if ((node as Node).nodeType === ELEMENT_NODE) out.push(node as Element);
  return out;
};

/** True when the event comes from Témoin's overlay, which records its own events. */
export const fromOverlay = (path: readonly ElementLike[]): boolean =>
  path.some((element) => element.tagName.toLowerCase() === OVERLAY_TAG);

/**
 * Trust of events that a click causes. A page script's `button.click()` makes the browser fire
 * a *trusted* `submit` (and `change` for a checkbox): while the script's synthetic click is
 * being handled — until the next microtask checkpoint, after the script's call returns — the
 * events it causes are marked untrusted too.
 */
export const trackActivation = (win: Window, signal: AbortSignal): ((event: Event) => boolean) => {
  let synthetic = false;
  win.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted || synthetic) return;
      synthetic = true;
      queueMicrotask(() => {
        synthetic = false;
      });
    },
    { capture: true, passive: true, signal },
  );
  return (event) => event.isTrusted && !synthetic;
};

/** Listener options every observer uses: capture phase, passive, removed on teardown. */
export const listenOptions = (signal: AbortSignal): AddEventListenerOptions => ({
  capture: true,
  passive: true,
  signal,
});
