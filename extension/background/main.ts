/**
 * Wires the background: opens the database, creates the session service and routes runtime
 * messages to it. Listeners are registered synchronously at start-up so that a worker woken by
 * a message does not miss it.
 */
import type { browser as browserApi } from 'wxt/browser';
import { SESSION_SIGNAL_KEY } from '../messaging/client.ts';
import { loadSettings } from '../settings/store.ts';
import { openDb } from '../storage/db.ts';
import { createSessionService, type SessionService } from './session-service.ts';

export const startBackground = (browser: typeof browserApi) => {
  const ready: Promise<SessionService> = openDb().then((db) =>
    createSessionService({
      db,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      extensionVersion: browser.runtime.getManifest().version,
      referenceOrigins: async () => (await loadSettings()).referenceOrigins,
      captureSettings: async () => {
        const { allowedOrigins, sensitiveSelectors } = await loadSettings();
        return { allowedOrigins, sensitiveSelectors };
      },
      onChange: (sessionId) => {
        void browser.storage.local.set({ [SESSION_SIGNAL_KEY]: { sessionId, at: Date.now() } });
      },
    }),
  );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts talk to us; the sender's URL stamps events.
    if (sender.id !== browser.runtime.id) return undefined;
    return ready.then((service) => service.handle(message, { url: sender.tab?.url ?? sender.url }));
  });

  browser.runtime.onStartup.addListener(() => {
    void ready.then((service) => service.resumeAfterRestart());
  });
};
