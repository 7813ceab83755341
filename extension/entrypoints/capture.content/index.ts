/**
 * Content script: Témoin's capture, in every frame of the running session's reference origins
 * (top frame and its same-origin iframes), from `document_start`. It records only while a
 * session runs, on the origins frozen at its start (never the live settings); all the
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

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  runAt: 'document_start',
  async main(ctx) {
    if (ctx.isInvalid) return;
    const instanceId = newEventId();

    const controller = createCaptureController({
      loadContext: async () => {
        const response = await ask({ type: 'capture.context' });
        if (!response.ok) throw new Error(response.en);
        return response.context;
      },
      start: (context) => {
        // The session's origins, frozen at its start: changing the settings changes nothing here.
        const frame = frameToCapture(window, context.referenceOrigins);
        if (!frame) return () => undefined;
        return record({
          context,
          win: window,
          topFrame: frame.topFrame,
          store: sessionPendingStore(window, context.sessionId, context.pendingKey, instanceId),
          send: async (events) => {
            const response = await ask({ type: 'capture.events', events });
            return response.ok ? { acknowledged: response.acknowledged } : { refused: true };
          },
          onRefused: () => void controller.refresh(),
        });
      },
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
