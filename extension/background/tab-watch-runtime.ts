/** Starts the tab watch (tab-watch.ts) in the background and keeps it on the running session. */
import type { browser as browserApi } from 'wxt/browser';
import { loadSettings } from '../settings/store.ts';
import type { Db } from '../storage/db.ts';
import { readRunningSession } from './network/context.ts';
import type { SessionService } from './session-service.ts';
import { attachTabWatch, createTabWatch } from './tab-watch.ts';

export const watchTabs = async (
  browser: typeof browserApi,
  db: Promise<Db>,
  service: Promise<SessionService>,
) => {
  const ready = await service;
  const watch = createTabWatch({
    append: (events) => ready.append(events),
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });
  const refresh = async () => {
    const running = await readRunningSession(await db).catch(() => null);
    const allowedOrigins = running ? (await loadSettings()).allowedOrigins : [];
    watch.setSession(running ? { ...running, allowedOrigins } : null);
  };
  attachTabWatch(browser as unknown as Parameters<typeof attachTabWatch>[0], watch);
  ready.onSessionChange(() => void refresh());
  await refresh();
};
