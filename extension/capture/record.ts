/**
 * Starts the capture in one frame: one emit point, one guard, and one observer per kind of
 * signal, each `initXObserver(params) → teardown`, combined here and stopped by one teardown.
 * The top frame records navigation and SEO; every captured frame records clicks, field
 * changes and form submits.
 */
import { createEmitter, type Send } from './emit.ts';
import { createGuard, describeError } from './guard.ts';
import { createUntrustedMonitor } from './integrity.ts';
import { initClickObserver } from './observers/clicks.ts';
import { trackActivation } from './observers/events.ts';
import { initFieldObserver } from './observers/fields.ts';
import { initFormObserver } from './observers/forms.ts';
import { initNavigationObserver } from './observers/navigation.ts';
import { initSeoObserver } from './observers/seo.ts';
import type { PendingStore } from './pending-store.ts';
import type { CaptureContext, Emit, ObserverParams, Teardown } from './types.ts';
import { redactUrl } from './urls.ts';

export interface RecordOptions {
  context: CaptureContext;
  send: Send;
  win: Window;
  /** Navigation and SEO are recorded by the top frame only. */
  topFrame: boolean;
  store?: PendingStore | null;
  /** The background refused a batch: the caller re-checks the session. */
  onRefused?: () => void;
  /** More observers sharing the same emit point (e.g. the network hook's bridge). */
  observers?: readonly ((params: ObserverParams) => Teardown)[];
}

export const record = ({
  context,
  send,
  win,
  topFrame,
  store = null,
  onRefused,
  observers = [],
}: RecordOptions): Teardown => {
  const controller = new AbortController();
  const { signal } = controller;
  const emitter = createEmitter({
    send,
    store,
    url: () => redactUrl(win.location.href),
    ...(onRefused ? { onRefused } : {}),
  });
  const { guard } = createGuard({
    report: (failures, error) =>
      emitter.emit(
        'capture.warning',
        {
          code: 'storage-error',
          detail: `Erreur de la capture (${failures} depuis le début), des événements peuvent manquer : ${describeError(error)}`,
        },
        true,
      ),
  });
  const untrusted = createUntrustedMonitor();
  const emit: Emit = (kind, data, trusted) => {
    emitter.emit(kind, data, trusted);
    const burst = untrusted(trusted, kind);
    if (burst) emitter.emit('capture.warning', { code: 'untrusted-event', detail: burst }, true);
  };

  const params: ObserverParams = {
    emit,
    guard,
    signal,
    win,
    context,
    flushNow: emitter.flushNow,
    trusted: trackActivation(win, signal),
  };
  const teardowns: Teardown[] = [
    initClickObserver(params),
    initFieldObserver(params),
    initFormObserver(params),
  ];
  for (const init of observers) teardowns.push(init(params));
  if (topFrame) {
    const seo = initSeoObserver(params);
    teardowns.push(
      seo.teardown,
      initNavigationObserver({
        ...params,
        onVisit: (via) => {
          if (via !== 'load') seo.schedule();
        },
      }),
    );
  }

  const flushNow = guard(emitter.flushNow);
  win.addEventListener('pagehide', flushNow, { signal });
  win.document.addEventListener(
    'visibilitychange',
    () => {
      if (win.document.visibilityState === 'hidden') flushNow();
    },
    { signal },
  );

  return () => {
    if (signal.aborted) return;
    controller.abort();
    for (const teardown of teardowns) guard(teardown)();
    emitter.flushNow();
    emitter.stop();
  };
};
