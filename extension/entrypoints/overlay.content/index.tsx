/**
 * Content script: mounts `<temoin-overlay>` (open shadow root, Preact) in the top frame of a
 * configured reference origin, and nowhere else. Every listener and observer goes through WXT's
 * `ctx`, so that all of them die with the content script when the extension reloads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ChipApp } from '../../chip/chip-app.tsx';
import { SESSION_SIGNAL_KEY } from '../../messaging/client.ts';
import { createCommandChannel, isToggleShortcut } from '../../overlay/commands.ts';
import { mountFoldedTab, type Unfold } from '../../overlay/folded-tab.ts';
import { guard, report } from '../../overlay/guard.ts';
import { keepAttached, protectHost } from '../../overlay/host.ts';
import { PREFS_KEY, parsePrefs } from '../../overlay/layout.ts';
import { OverlayApp } from '../../overlay/overlay-app.tsx';
import { SUBJECT_UI_CSS } from '../../overlay/styles.ts';
import { fetchView, type InitialView, loadSessionView, signalOf } from '../../overlay/use-session-view.ts';
import { activeReferenceOrigins, localeOf, SETTINGS_KEY } from '../../settings/reference-origins.ts';
import { isFresh, PRESENCE_KEY, watchPresence } from '../../sidepanel/presence.ts';

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  // The stylesheet is in the bundle (overlay/styles.ts), not fetched by each UI on each page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (window.top !== window) return;
    const origins = await activeReferenceOrigins();
    if (!origins.includes(location.origin)) return;
    // Everything the first paint needs, before the host appears: no flash of a wrong state. One
    // read of the four keys (each read is a round trip the page pays for, on every page), then
    // the view, which the change signal read just before it dates.
    const stored: Record<string, unknown> = await browser.storage.local
      .get([SETTINGS_KEY, PREFS_KEY, SESSION_SIGNAL_KEY, PRESENCE_KEY])
      .catch(() => ({}));
    const locale = localeOf(stored[SETTINGS_KEY]);
    const initialPrefs = parsePrefs(stored[PREFS_KEY]);
    const heartbeat = stored[PRESENCE_KEY] ?? 0;
    const initialView: InitialView = {
      signal: signalOf(stored[SESSION_SIGNAL_KEY]),
      state: await fetchView(),
    };
    const commands = createCommandChannel();
    let overlayRoot: HTMLElement | null = null;
    let stopFolded: (() => void) | null = null;
    const renderApp = (root: HTMLElement, unfold?: Unfold) =>
      render(
        <OverlayApp
          locale={locale}
          initialPrefs={unfold?.prefs ?? initialPrefs}
          initialView={unfold?.view ?? initialView}
          commands={commands}
          {...(unfold?.here ? { unfold: unfold.here } : {})}
        />,
        root,
      );
    // Folded at load (as a candidate keeps it), the page gets the plain-DOM tab; the Preact
    // overlay is mounted the first time it is unfolded (folded-tab.ts).
    const renderOverlay = (root: HTMLElement) => {
      overlayRoot = root;
      if (!initialPrefs.collapsed) return renderApp(root);
      stopFolded = mountFoldedTab(root, {
        locale,
        prefs: initialPrefs,
        view: initialView,
        commands,
        onUnfold: guard((unfold: Unfold) => {
          stopFolded = null;
          renderApp(root, unfold);
        }),
      });
    };
    // Known before the first render: with the side panel open, the subject is not rendered here.
    commands.emit({ type: 'sidepanel', open: isFresh(heartbeat) });
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
          if (root) render(null, root);
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
    // The first chip reuses the view read at start (it looks again if the session changed since).
    let startView: typeof initialView | null = initialView;
    const addChip = async () => {
      const view = startView ?? (await loadSessionView());
      startView = null;
      if (!chipWanted || chip) return;
      const stop = new AbortController();
      const chipUi = await hostUi('temoin-chip', (root, host) =>
        render(<ChipApp locale={locale} initialView={view} host={host} />, root),
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
