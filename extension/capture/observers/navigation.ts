/**
 * `nav.visited`: the page load, then every client-side route change. The site's
 * `history.pushState` runs in the page's world, which an isolated content script cannot patch;
 * polling `location.href` (a string comparison every 300 ms) plus `popstate`/`hashchange` sees
 * every route change whatever router the site uses.
 */
import { clip } from '../text.ts';
import type { ObserverParams, Teardown } from '../types.ts';
import { redactUrl } from '../urls.ts';

export type NavigationVia = 'load' | 'history' | 'hash';

export interface NavigationParams extends ObserverParams {
  /** Called after each recorded visit (the SEO observer takes a new snapshot). */
  onVisit?: (via: NavigationVia) => void;
  pollMs?: number;
}

const withoutHash = (href: string) => {
  const at = href.indexOf('#');
  return at < 0 ? href : href.slice(0, at);
};

export const initNavigationObserver = ({
  emit,
  guard,
  signal,
  win,
  onVisit,
  pollMs = 300,
}: NavigationParams): Teardown => {
  const doc = win.document;
  let last = win.location.href;

  const visit = (via: NavigationVia, referrer?: string) => {
    emit(
      'nav.visited',
      {
        title: clip(doc.title, 500),
        via,
        ...(referrer ? { referrer: redactUrl(referrer).slice(0, 2000) } : {}),
      },
      true,
    );
    onVisit?.(via);
  };

  const check = guard(() => {
    const href = win.location.href;
    if (href === last) return;
    const before = last;
    last = href;
    visit(withoutHash(before) === withoutHash(href) ? 'hash' : 'history');
  });

  const loaded = guard(() => {
    last = win.location.href;
    visit('load', doc.referrer);
  });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', loaded, { once: true, signal });
  else loaded();

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const checkSoon = () => {
    // Routers update the title right after the URL: read both a moment later.
    const timer = setTimeout(() => {
      timers.delete(timer);
      check();
    }, 50);
    timers.add(timer);
  };
  win.addEventListener('popstate', checkSoon, { signal });
  win.addEventListener('hashchange', checkSoon, { signal });
  win.addEventListener(
    'pageshow',
    guard((event: PageTransitionEvent) => {
      if (event.persisted) loaded(); // back from the back-forward cache: a visit again
    }),
    { signal },
  );
  const poll = setInterval(check, pollMs);
  return () => {
    clearInterval(poll);
    for (const timer of timers) clearTimeout(timer);
  };
};
