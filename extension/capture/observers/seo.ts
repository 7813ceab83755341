/**
 * `page.seo`: a snapshot of the page's SEO once it has loaded and after each route change,
 * taken when the DOM has settled (no child-list mutation for `settleMs`, or `maxWaitMs` at the
 * latest) and when the browser is idle. The mutation observer only runs during that wait.
 * A snapshot identical to the previous one for the same URL is not emitted again.
 *
 * The snapshot also carries the page's markup facts (notices, totals, body id…: see
 * `shared/schema/markup.ts`), the only way the site adapters in the background can read the
 * page they detect from — an order confirmation's total, the error a refused save shows.
 */
import { markupFactsFromDom } from '../seo/markup-dom.ts';
import { readSeoSnapshot } from '../seo/snapshot.ts';
import type { ObserverParams, Teardown } from '../types.ts';

/** The markup facts of the document, or nothing when it has none to give. */
const markupOf = (doc: Document) => {
  const root = doc.documentElement;
  if (!root) return undefined;
  const facts = markupFactsFromDom(root);
  return Object.keys(facts).length > 0 ? facts : undefined;
};

export interface SeoObserver {
  /** Takes a snapshot once the DOM settles. */
  schedule(): void;
  teardown: Teardown;
}

export interface SeoParams extends ObserverParams {
  settleMs?: number;
  maxWaitMs?: number;
}

export const initSeoObserver = ({
  emit,
  guard,
  signal,
  win,
  context,
  settleMs = 800,
  maxWaitMs = 5000,
}: SeoParams): SeoObserver => {
  const doc = win.document;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let observer: MutationObserver | undefined;
  let previous = '';

  const stopWaiting = () => {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(settleTimer);
    clearTimeout(deadline);
    settleTimer = deadline = undefined;
  };

  const snapshot = guard(() => {
    idle = undefined;
    if (signal.aborted) return;
    const url = win.location.href;
    const seo = readSeoSnapshot(doc, url, context.variables.keyword);
    const markup = markupOf(doc);
    const data = markup ? { ...seo, markup } : seo;
    const key = `${url}\n${JSON.stringify(data)}`;
    if (key === previous) return;
    previous = key;
    emit('page.seo', data, true);
  });

  const settled = guard(() => {
    stopWaiting();
    if (idle !== undefined) return;
    if (typeof win.requestIdleCallback === 'function')
      idle = win.requestIdleCallback(snapshot, { timeout: 1000 });
    else snapshot();
  });

  const schedule = guard(() => {
    if (signal.aborted) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settled, settleMs);
    if (observer) return;
    observer = new MutationObserver(() => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(settled, settleMs);
    });
    observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
    deadline = setTimeout(settled, maxWaitMs);
  });

  // Leaving before the DOM settled: take the snapshot now, before the page goes (the emit
  // point's own pagehide flush is registered after this one and sends it).
  win.addEventListener(
    'pagehide',
    guard(() => {
      if (settleTimer === undefined && idle === undefined) return;
      stopWaiting();
      if (idle !== undefined) win.cancelIdleCallback?.(idle);
      snapshot();
    }),
    { signal },
  );

  const onLoad = () => schedule();
  if (doc.readyState === 'complete') schedule();
  else win.addEventListener('load', onLoad, { once: true, signal });

  return {
    schedule,
    teardown: () => {
      stopWaiting();
      if (idle !== undefined) win.cancelIdleCallback?.(idle);
    },
  };
};
