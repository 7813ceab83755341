/**
 * Wires the background: opens the database, creates the session service, starts the network
 * observer (extension/background/network/) and routes runtime messages to them. Listeners are
 * registered synchronously at start-up so that a worker woken by a message does not miss it.
 */

import type { browser as browserApi } from 'wxt/browser';
import { SESSION_SIGNAL_KEY } from '../messaging/client.ts';
import { DEFAULT_RETENTION_DAYS, loadManaged } from '../settings/managed.ts';
import { loadSettings, saveSettings } from '../settings/store.ts';
import { openDb } from '../storage/db.ts';
import { withReadCache } from '../storage/read-cache.ts';
import { syncContentScripts } from './content-scripts.ts';
import { liveDb } from './live-db.ts';
import { applyManaged } from './managed-sync.ts';
import { readRunningSession } from './network/context.ts';
import { isNetworkMessage } from './network/messages.ts';
import { startNetwork } from './network/observer.ts';
import { type InjectApi, isOverlayLoad, loadOverlay } from './overlay-load.ts';
import { createSessionService, type SessionService } from './session-service.ts';
import { startStationLink } from './station/wire.ts';
import { watchTabs } from './tab-watch-runtime.ts';

export const startBackground = (browser: typeof browserApi) => {
  // Reopened if the browser drops the connection (Chromium does on a full disk).
  // Reads of the active session, its record and subject are served from memory (only this
  // worker writes the database; storage/read-cache.ts says why that is sound).
  const dbReady = liveDb(() => openDb()).then(withReadCache);
  // Pushes sealed events to the examiner's station when the session has one (never blocks recording).
  const station = startStationLink(browser, dbReady);
  void station.resume().catch(() => undefined);
  const ready: Promise<SessionService> = dbReady.then((db) =>
    createSessionService({
      db,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      extensionVersion: browser.runtime.getManifest().version,
      referenceOrigins: async () => (await loadSettings()).referenceOrigins,
      retentionDays: async () => (await loadManaged()).retentionDays ?? DEFAULT_RETENTION_DAYS,
      // Its API permission names are a closed union; ours are checked names (CAPTURE_PERMISSIONS).
      permissions: {
        contains: (query) =>
          browser.permissions.contains(query as Parameters<typeof browser.permissions.contains>[0]),
      },
      settings: { load: loadSettings, save: saveSettings },
      captureSettings: async () => {
        const { allowedOrigins, sensitiveSelectors } = await loadSettings();
        return { allowedOrigins, sensitiveSelectors };
      },
      // Pages and content scripts (other runtimes) watch this key; per-batch `events` changes
      // would wake every frame of the candidate's tabs for nothing, so they are not signalled.
      // The background's own parts use the service's onSessionChange() instead.
      onChange: (sessionId, reason, status) => {
        station.onChange(sessionId, reason, status);
        if (reason === 'events') return;
        void browser.storage.local.set({
          [SESSION_SIGNAL_KEY]: { sessionId, reason, ...(status ? { status } : {}), at: Date.now() },
        });
      },
      fetchPage: async (url) => {
        const response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
        const type = response.headers.get('content-type') ?? '';
        // HTML: a public page; JSON: an anonymous REST read of a comment (adapters/end-state.ts).
        return response.ok && /html|json/.test(type) ? (await response.text()).slice(0, 2_000_000) : null;
      },
    }),
  );

  // Network evidence goes through the same service (validation, dedup, chain) as the rest,
  // in process: append() and onSessionChange().
  const network = startNetwork(browser, {
    db: dbReady,
    service: ready,
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
  });

  // Every tab and window, not only the candidate's: another site, a new or private window.
  void watchTabs(browser, dbReady, ready);

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts talk to us; the sender's URL stamps events, and
    // says which of the two it is (what each may ask: session-service.ts).
    if (sender.id !== browser.runtime.id) return undefined;
    const role = sender.url?.startsWith(extensionOrigin) ? 'extension-page' : 'content-script';
    if (isNetworkMessage(message)) return network.handleMessage(message, sender);
    if (isOverlayLoad(message))
      return loadOverlay(
        (browser as unknown as { scripting?: InjectApi }).scripting,
        sender,
        extensionOrigin,
      );
    const isEnd = (message as { type?: unknown } | null)?.type === 'session.end';
    // Requests made before the end are written before `session.ended` closes the evidence.
    const before = isEnd ? network.flush().catch(() => undefined) : Promise.resolve();
    return before
      .then(() => ready)
      .then((service) => service.handle(message, { url: sender.tab?.url ?? sender.url, role }));
  });

  // A browser restart, not a worker restart: `storage.session` is emptied only when the browser
  // closes. (runtime.onStartup misses restarts where the extension is re-installed on launch.)
  void browser.storage.session.get('browserSession').then(async ({ browserSession }) => {
    if (browserSession) return;
    await browser.storage.session.set({ browserSession: Date.now() });
    const service = await ready;
    await service.resumeAfterRestart();
    await service.enforceRetention().catch((error: unknown) => console.warn('Témoin: retention', error));
  });

  // Reference origins outside loopback: scripts registered at run time once permission exists.
  const syncScripts = async () => {
    const scripting = (browser as unknown as { scripting?: Parameters<typeof syncContentScripts>[1] })
      .scripting;
    if (!scripting?.registerContentScripts) return;
    // The running session's origins stay registered whatever the settings say meanwhile.
    const running = await readRunningSession(await dbReady).catch(() => null);
    const { referenceOrigins } = await loadSettings();
    await syncContentScripts(
      [...new Set([...referenceOrigins, ...(running?.referenceOrigins ?? [])])],
      scripting,
      browser.permissions,
      import.meta.env.MANIFEST_VERSION === 3,
    ).catch((error: unknown) => console.warn('Témoin: content scripts not registered', error));
  };
  void syncScripts();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes)) return;
    void syncScripts();
    // A write that did not come through `settings.save` is evidence during a session.
    void ready.then((service) => service.settingsWritten(changes.settings?.newValue));
  });
  void ready.then((service) =>
    service.onSessionChange(({ reason }) => reason === 'session' && void syncScripts()),
  );
  browser.permissions.onAdded?.addListener(() => void syncScripts());

  // The centre's policy (storage.managed) wins over local settings, now and whenever either
  // changes: locked settings come back at once (managed-sync.ts).
  const syncManaged = () =>
    dbReady
      .then((db) => applyManaged({ db, loadManaged, loadSettings, saveSettings }))
      .catch((error: unknown) => console.warn('Témoin: managed configuration not applied', error));
  void syncManaged();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) void syncManaged();
  });
};
