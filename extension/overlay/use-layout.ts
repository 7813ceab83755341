/**
 * The panel's layout preferences as Preact state, persisted in `storage.local[PREFS_KEY]` and
 * kept in step across the candidate's tabs (collapse it in one tab, it is collapsed in all).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { guard, report } from './guard.ts';
import { type OverlayPrefs, PREFS_KEY, parsePrefs, samePrefs } from './layout.ts';

export interface LayoutControls {
  prefs: OverlayPrefs;
  /** Changes the prefs; with `persist: false` (while dragging) they are not written yet. */
  update(change: Partial<OverlayPrefs>, options?: { persist?: boolean }): void;
}

export const useLayout = (initial: OverlayPrefs): LayoutControls => {
  const [prefs, setPrefs] = useState(initial);
  const current = useRef(initial);

  useEffect(() => {
    const onChanged = guard((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(PREFS_KEY in changes)) return;
      const next = parsePrefs(changes[PREFS_KEY]?.newValue);
      if (samePrefs(next, current.current)) return;
      current.current = next;
      setPrefs(next);
    });
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      try {
        browser.storage.onChanged.removeListener(onChanged);
      } catch {
        // Context already invalidated.
      }
    };
  }, []);

  const update = useCallback((change: Partial<OverlayPrefs>, { persist = true } = {}) => {
    const next = parsePrefs({ ...current.current, ...change });
    const changed = !samePrefs(next, current.current);
    current.current = next;
    if (changed) setPrefs(next);
    if (persist)
      Promise.resolve()
        .then(() => browser.storage.local.set({ [PREFS_KEY]: next }))
        .catch(report);
  }, []);

  return { prefs, update };
};
