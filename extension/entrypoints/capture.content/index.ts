/**
 * Content script: Témoin's capture, in every frame of a reference origin (top frame and its
 * same-origin iframes), from `document_start`. It records only while a session runs; all the
 * logic lives in `extension/capture/`. Listeners and timers go through WXT's `ctx` so that they
 * die with the script when the extension reloads.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCaptureController } from '../../capture/controller.ts';
import { newEventId } from '../../capture/emit.ts';
import { frameToCapture } from '../../capture/frames.ts';
import { sessionPendingStore } from '../../capture/pending-store.ts';
import { record } from '../../capture/record.ts';
import { ask, SESSION_SIGNAL_KEY } from '../../messaging/client.ts';
import { loadReferenceOrigins } from '../../settings/reference-origins.ts';

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  runAt: 'document_start',
  async main(ctx) {
    const frame = frameToCapture(window, await loadReferenceOrigins());
    if (!frame || ctx.isInvalid) return;
    const instanceId = newEventId();

    const controller = createCaptureController({
      loadContext: async () => {
        const response = await ask({ type: 'capture.context' });
        if (!response.ok) throw new Error(response.en);
        return response.context;
      },
      start: (context) =>
        record({
          context,
          win: window,
          topFrame: frame.topFrame,
          store: sessionPendingStore(window, context.sessionId, instanceId),
          send: async (events) => {
            const response = await ask({ type: 'capture.events', events });
            return response.ok ? { acknowledged: response.acknowledged } : { refused: true };
          },
          onRefused: () => void controller.refresh(),
        }),
      schedule: (fn, ms) => ctx.setTimeout(fn, ms),
    });

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SESSION_SIGNAL_KEY in changes)
        controller.onSignal(changes[SESSION_SIGNAL_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      controller.stop();
    });
    await controller.refresh();
  },
});
