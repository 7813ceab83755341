/**
 * Keeps `<temoin-overlay>` on the page whatever the site does: if a script removes or moves it
 * (`document.body.innerHTML = …`, a new `<body>` swapped in by an SPA router or Turbo), it is
 * put back at the end of `<body>` — the same element, so the Preact tree and what the candidate
 * was typing survive.
 *
 * Its styles are defended twice: inline `!important` declarations, and the shadow root's
 * `:host { all: initial !important; … }` rule, which wins over any page rule marked
 * `!important` (for important declarations, the inner shadow context wins the cascade).
 *
 * (Under `<html>` beside `<body>` the host would be out of reach of `body { transform }`, but
 * axe cannot compute colour contrast there; we keep it in `<body>` so accessibility is checked.)
 */
import { guard } from './guard.ts';

/** The host is a zero-size fixed box on top of everything; the panel inside positions itself. */
export const HOST_STYLE: Readonly<Record<string, string>> = {
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  contain: 'none',
  'pointer-events': 'auto',
};

export const protectHost = (host: HTMLElement) => {
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
};

export interface KeepAttachedOptions {
  /** Aborted when the content script dies: the observer stops, and the host may go. */
  signal: AbortSignal;
  /** At most this many re-attachments per second; a page that keeps fighting is retried later. */
  maxPerSecond?: number;
}

/**
 * Watches the child lists of `document`, `<html>` and `<body>` only (not their subtrees: cheap,
 * whatever the page mutates inside) and re-appends the host to `<body>` when it is not there.
 */
export const keepAttached = (host: HTMLElement, { signal, maxPerSecond = 20 }: KeepAttachedOptions) => {
  if (signal.aborted) return;
  const observed = new WeakSet<Node>();
  const recent: number[] = [];
  let retry: ReturnType<typeof setTimeout> | undefined;

  const observe = (node: Node | null) => {
    if (!node || observed.has(node)) return;
    observed.add(node);
    observer.observe(node, { childList: true });
  };

  const check = guard(() => {
    if (signal.aborted) return;
    observe(document.documentElement);
    observe(document.body);
    const parent = document.body ?? document.documentElement;
    if (!parent || host.parentNode === parent) return;
    const now = Date.now();
    while (recent.length && now - recent[0]! > 1000) recent.shift();
    if (recent.length >= maxPerSecond) {
      // A page that keeps removing us is answered once a second, not in a tight loop.
      retry ??= setTimeout(() => {
        retry = undefined;
        check();
      }, 1000);
      return;
    }
    recent.push(now);
    protectHost(host);
    parent.append(host);
  });

  const observer = new MutationObserver(check);
  observe(document);
  check();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (retry) clearTimeout(retry);
  });
};
