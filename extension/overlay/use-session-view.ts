/**
 * What the overlay shows (`session.view`), loaded once by the content script before the host
 * is mounted (so the first paint is already right), then reloaded when the background signals
 * a change (`storage.local[SESSION_SIGNAL_KEY]`). The background signals session changes
 * (package, session, tasks, storage health), not each batch of captured events; they can come
 * in bursts, so reloads are coalesced: at most one request in flight, at most one reload per
 * REFRESH_MS, and the last change is always picked up.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SESSION_SIGNAL_KEY } from '../messaging/client.ts';
import { guard } from './guard.ts';
import {
  fetchView,
  type InitialView,
  REFRESH_MS,
  readSignal,
  type SessionViewState,
} from './session-view.ts';

export {
  fetchView,
  type InitialView,
  loadSessionView,
  REFRESH_MS,
  readSignal,
  type SessionViewState,
  signalOf,
} from './session-view.ts';

export const useSessionView = (initial: InitialView): SessionViewState => {
  const [state, setState] = useState<SessionViewState>(initial.state);

  useEffect(() => {
    let alive = true;
    let inFlight = false;
    let wanted = false;
    let lastStart = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const load = async () => {
      inFlight = true;
      wanted = false;
      lastStart = Date.now();
      const next = await fetchView();
      inFlight = false;
      if (!alive) return;
      setState(next);
      if (wanted) schedule();
    };

    const schedule = () => {
      wanted = true;
      if (inFlight || timer) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          void load();
        },
        Math.max(0, lastStart + REFRESH_MS - Date.now()),
      );
    };

    const onChanged = guard((changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SESSION_SIGNAL_KEY in changes) schedule();
    });
    browser.storage.onChanged.addListener(onChanged);
    // A change between the first read and this listener would otherwise go unnoticed.
    readSignal().then((signal) => {
      if (alive && signal !== initial.signal) schedule();
    }, guard(schedule));
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      try {
        browser.storage.onChanged.removeListener(onChanged);
      } catch {
        // Context already invalidated.
      }
    };
  }, [initial]);

  return state;
};
