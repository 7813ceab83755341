/**
 * Content script: mounts `<temoin-overlay>` (open shadow root) in the top frame of a configured
 * reference origin, and nowhere else. It shows the folded tab in plain DOM; the Preact overlay
 * and chip are a script of their own, injected the first time they are needed
 * (overlay/full-overlay.ts). Every listener and observer ends with the script's lifetime, when
 * the extension reloads or updates — never on the page's word (content-lifetime.ts): a page
 * that forges WXT's « newer script started » event does not take the timer and subject away.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionLifetime } from '../../content-lifetime.ts';
import { SESSION_SIGNAL_KEY } from '../../messaging/client.ts';
import { createCommandChannel, isToggleShortcut } from '../../overlay/commands.ts';
import { mountFoldedTab, type Unfold } from '../../overlay/folded-tab.ts';
import { type FullOverlay, loadFullOverlay, registeredFullOverlay } from '../../overlay/full-overlay.ts';
import { guard, report } from '../../overlay/guard.ts';
import { keepAttached } from '../../overlay/host.ts';
import { PREFS_KEY, parsePrefs } from '../../overlay/layout.ts';
import { fetchTab, type InitialView, loadSessionView, signalOf } from '../../overlay/session-view.ts';
import { createShadowHost, type ShadowHost } from '../../overlay/shadow-host.ts';
import { TAB_CSS } from '../../overlay/styles.ts';
import { localeOf, referenceOriginsOf, SETTINGS_KEY } from '../../settings/reference-origins.ts';
import { isFresh, PRESENCE_KEY, watchPresence } from '../../sidepanel/presence.ts';

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  // The stylesheet is in the bundle (overlay/styles.ts), not fetched by each UI on each page.
  cssInjectionMode: 'manual',
  // WXT's « script started » notice by custom event only: its `window.postMessage` (kept by WXT
  // for older versions of itself) woke every `message` listener of the page on every load.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window.top !== window) return;
    const lifetime = extensionLifetime(ctx);
    const onEnd = (callback: () => void) => lifetime.addEventListener('abort', callback);
    // A change of the session signal from now on: the folded tab reloads its view if one came
    // between the first read and its own listener (instead of reading the signal a second time).
    let signalChanged = false;
    const onEarlyChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SESSION_SIGNAL_KEY in changes) signalChanged = true;
    };
    browser.storage.onChanged.addListener(onEarlyChange);
    onEnd(() => browser.storage.onChanged.removeListener(onEarlyChange));
    // Everything the first paint needs, before the host appears: no flash of a wrong state. One
    // read of the four keys (each read is a round trip the page pays for, on every page) and,
    // at the same time, the folded tab's view with the running session's origins (`session.tab`:
    // no subject, and no `capture.context` of its own), which the change signal read dates
    // (the listener above catches a change between the two).
    const [stored, tab] = await Promise.all([
      browser.storage.local
        .get([SETTINGS_KEY, PREFS_KEY, SESSION_SIGNAL_KEY, PRESENCE_KEY])
        .catch((): Record<string, unknown> => ({})),
      fetchTab(),
    ]);
    // The running session's origins (frozen at its start), or the settings' when none runs.
    const origins = tab.referenceOrigins ?? referenceOriginsOf(stored[SETTINGS_KEY]);
    if (!origins.includes(location.origin)) return;
    const locale = localeOf(stored[SETTINGS_KEY]);
    const initialPrefs = parsePrefs(stored[PREFS_KEY]);
    const heartbeat = stored[PRESENCE_KEY] ?? 0;
    const signal = signalOf(stored[SESSION_SIGNAL_KEY]);
    const commands = createCommandChannel();
    let overlayRoot: HTMLElement | null = null;
    let stopFolded: (() => void) | null = null;
    /** The Preact overlay and the full view (the subject), loaded together when needed. */
    const loadUnfolded = async (): Promise<InitialView> => {
      const [view] = await Promise.all([loadSessionView(), loadFullOverlay()]);
      return view;
    };
    const renderApp = (full: FullOverlay, root: HTMLElement, unfold: Unfold) =>
      full.renderOverlay(root, {
        locale,
        initialPrefs: unfold.prefs,
        initialView: unfold.view,
        commands,
        ...(unfold.here ? { unfold: unfold.here } : {}),
      });
    // Known before the first render: with the side panel open, the subject is not rendered here.
    commands.emit({ type: 'sidepanel', open: isFresh(heartbeat) });
    // Unfolded at load: the overlay and its view are loaded before the host appears (no flash
    // of the tab); should that fail, the tab is there and tries again.
    let unfoldedAtLoad: InitialView | null = null;
    if (!initialPrefs.collapsed && !commands.sidePanelOpen())
      unfoldedAtLoad = await loadUnfolded().catch((error: unknown) => {
        report(error);
        return null;
      });
    // Folded at load (as a candidate keeps it), the page gets the plain-DOM tab; the Preact
    // overlay is loaded and mounted the first time it is unfolded (folded-tab.ts).
    const renderOverlay = (root: HTMLElement) => {
      overlayRoot = root;
      const full = registeredFullOverlay();
      if (unfoldedAtLoad && full)
        return renderApp(full, root, { prefs: initialPrefs, view: unfoldedAtLoad, here: null });
      stopFolded = mountFoldedTab(root, {
        locale,
        prefs: initialPrefs,
        view: { signal, state: tab.state },
        commands,
        signalChanged: () => signalChanged,
        load: loadUnfolded,
        onUnfold: guard((unfold: Unfold) => {
          stopFolded = null;
          const loaded = registeredFullOverlay();
          if (loaded) renderApp(loaded, root, unfold);
        }),
      });
    };
    /**
     * A host of ours on the page (shadow-host.ts): open shadow root, at the end of body, keys
     * typed in it stopping at its root (the site's shortcuts do not fire), guarded against the
     * page, gone with the content script's context. Its stylesheet is the folded tab's; the
     * full overlay adds its own when it renders there.
     */
    const hostOf = (name: string, onRemove: (root: HTMLElement) => void): ShadowHost => {
      const made = createShadowHost(name, TAB_CSS);
      onEnd(() => {
        onRemove(made.root);
        made.remove();
      });
      return made;
    };
    const ui = hostOf('temoin-overlay', (root) => {
      stopFolded?.();
      registeredFullOverlay()?.unmount(root);
    });
    // With the side panel open at load, the host is there (its data-sidepanel attribute is
    // the hook) but nothing is rendered in it until the panel closes.
    // Folded, the tab is built before the host is on the page: one insertion into the page, not
    // one per node; the Preact overlay (unfolded at load) is rendered on the page, where it measures.
    if (commands.sidePanelOpen()) ui.host.setAttribute('data-sidepanel', 'open');
    else if (!unfoldedAtLoad) renderOverlay(ui.root);
    ui.mount();
    if (unfoldedAtLoad && !overlayRoot) renderOverlay(ui.root);
    keepAttached(ui.host, { signal: lifetime });

    // While the side panel carries the subject, the overlay steps aside for the chip; it comes
    // back as the fallback when the panel closes (or in a browser without one).
    let chip: { ui: ShadowHost; stop: AbortController } | null = null;
    let chipWanted = false;
    const removeChip = () => {
      if (!chip) return;
      chip.stop.abort();
      registeredFullOverlay()?.unmount(chip.ui.root);
      chip.ui.remove();
      chip = null;
    };
    // The chip shows the current question: it needs the full view.
    const addChip = async () => {
      const [view, full] = await Promise.all([loadSessionView(), loadFullOverlay()]);
      if (!chipWanted || chip) return;
      const stop = new AbortController();
      const chipUi = hostOf('temoin-chip', (root) => full.unmount(root));
      chip = { ui: chipUi, stop };
      chipUi.mount();
      full.renderChip(chipUi.root, { locale, initialView: view, host: chipUi.host });
      keepAttached(chipUi.host, { signal: AbortSignal.any([lifetime, stop.signal]) });
    };
    watchPresence(
      guard((open: boolean) => {
        ui.host.setAttribute('data-sidepanel', open ? 'open' : 'closed');
        // Folded and without its clock while the panel is open: the page then pays for the chip only.
        if (open) commands.emit({ type: 'flush' });
        commands.emit({ type: 'sidepanel', open });
        if (!open && !overlayRoot) renderOverlay(ui.root);
        chipWanted = open;
        if (open) void addChip().catch(report);
        else removeChip();
      }),
      lifetime,
      { seen: heartbeat },
    );

    // Capture phase on window: the page cannot swallow the shortcut before we see it.
    window.addEventListener(
      'keydown',
      guard((event: KeyboardEvent) => {
        if (!isToggleShortcut(event) || event.repeat) return;
        event.preventDefault();
        event.stopPropagation();
        commands.emit({ type: 'toggle', trusted: event.isTrusted });
      }),
      { capture: true, signal: lifetime },
    );
    const flush = guard(() => commands.emit({ type: 'flush' }));
    window.addEventListener('pagehide', flush, { signal: lifetime });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') flush();
      },
      { signal: lifetime },
    );
  },
});
