/**
 * Content script: mounts `<temoin-overlay>` (open shadow root) in the top frame of a configured
 * reference origin, and nowhere else. It shows the folded tab in plain DOM; the Preact overlay
 * and chip are a script of their own, injected the first time they are needed
 * (overlay/full-overlay.ts). Every listener and observer goes through WXT's `ctx`, so that all
 * of them die with the content script when the extension reloads.
 */
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SESSION_SIGNAL_KEY } from '../../messaging/client.ts';
import { createCommandChannel, isToggleShortcut } from '../../overlay/commands.ts';
import { mountFoldedTab, type Unfold } from '../../overlay/folded-tab.ts';
import { type FullOverlay, loadFullOverlay, registeredFullOverlay } from '../../overlay/full-overlay.ts';
import { guard, report } from '../../overlay/guard.ts';
import { keepAttached, protectHost } from '../../overlay/host.ts';
import { PREFS_KEY, parsePrefs } from '../../overlay/layout.ts';
import { fetchTab, type InitialView, loadSessionView, signalOf } from '../../overlay/session-view.ts';
import { SUBJECT_UI_CSS } from '../../overlay/styles.ts';
import { localeOf, referenceOriginsOf, SETTINGS_KEY } from '../../settings/reference-origins.ts';
import { isFresh, PRESENCE_KEY, watchPresence } from '../../sidepanel/presence.ts';

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  // The stylesheet is in the bundle (overlay/styles.ts), not fetched by each UI on each page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (window.top !== window) return;
    // Everything the first paint needs, before the host appears: no flash of a wrong state. One
    // read of the four keys (each read is a round trip the page pays for, on every page), then
    // the folded tab's view with the running session's origins (`session.tab`: no subject, and
    // no `capture.context` of its own), which the change signal read just before it dates.
    const stored: Record<string, unknown> = await browser.storage.local
      .get([SETTINGS_KEY, PREFS_KEY, SESSION_SIGNAL_KEY, PRESENCE_KEY])
      .catch(() => ({}));
    const tab = await fetchTab();
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
        load: loadUnfolded,
        onUnfold: guard((unfold: Unfold) => {
          stopFolded = null;
          const loaded = registeredFullOverlay();
          if (loaded) renderApp(loaded, root, unfold);
        }),
      });
    };
    /**
     * A host of ours on the page: open shadow root, inline at the end of body, keys typed in it
     * stopping at its shadow root (the site's shortcuts do not fire), guarded against the page.
     */
    const hostUi = (name: string, fill: (root: HTMLElement, host: HTMLElement) => void) =>
      createShadowRootUi(ctx, {
        name,
        position: 'inline',
        anchor: 'body',
        mode: 'open',
        isolateEvents: true,
        css: SUBJECT_UI_CSS,
        onMount(container, _shadow, host) {
          protectHost(host);
          const root = document.createElement('div');
          container.append(root);
          fill(root, host);
          return root;
        },
        onRemove(root) {
          if (name === 'temoin-overlay') stopFolded?.();
          if (root) registeredFullOverlay()?.unmount(root);
        },
      });
    const ui = await hostUi('temoin-overlay', (root, host) => {
      // With the side panel open at load, the host is there (its data-sidepanel attribute is
      // the hook) but nothing is rendered in it until the panel closes.
      if (commands.sidePanelOpen()) host.setAttribute('data-sidepanel', 'open');
      else renderOverlay(root);
    });
    ui.mount();
    keepAttached(ui.shadowHost, { signal: ctx.signal });

    // While the side panel carries the subject, the overlay steps aside for the chip; it comes
    // back as the fallback when the panel closes (or in a browser without one).
    let chip: { ui: ShadowRootContentScriptUi<HTMLDivElement>; stop: AbortController } | null = null;
    let chipWanted = false;
    const removeChip = () => {
      chip?.stop.abort();
      chip?.ui.remove();
      chip = null;
    };
    // The chip shows the current question: it needs the full view.
    const addChip = async () => {
      const [view, full] = await Promise.all([loadSessionView(), loadFullOverlay()]);
      if (!chipWanted || chip) return;
      const stop = new AbortController();
      const chipUi = await hostUi('temoin-chip', (root, host) =>
        full.renderChip(root, { locale, initialView: view, host }),
      );
      if (!chipWanted || chip) return;
      chip = { ui: chipUi, stop };
      chipUi.mount();
      keepAttached(chipUi.shadowHost, { signal: AbortSignal.any([ctx.signal, stop.signal]) });
    };
    watchPresence(
      guard((open: boolean) => {
        ui.shadowHost.setAttribute('data-sidepanel', open ? 'open' : 'closed');
        // Folded and without its clock while the panel is open: the page then pays for the chip only.
        if (open) commands.emit({ type: 'flush' });
        commands.emit({ type: 'sidepanel', open });
        if (!open && !overlayRoot && ui.mounted) renderOverlay(ui.mounted);
        chipWanted = open;
        if (open) void addChip().catch(report);
        else removeChip();
      }),
      ctx.signal,
      { seen: heartbeat },
    );

    // Capture phase on window: the page cannot swallow the shortcut before we see it.
    ctx.addEventListener(
      window,
      'keydown',
      guard((event: KeyboardEvent) => {
        if (!isToggleShortcut(event) || event.repeat) return;
        event.preventDefault();
        event.stopPropagation();
        commands.emit({ type: 'toggle', trusted: event.isTrusted });
      }),
      { capture: true },
    );
    const flush = guard(() => commands.emit({ type: 'flush' }));
    ctx.addEventListener(window, 'pagehide', flush);
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  },
});
