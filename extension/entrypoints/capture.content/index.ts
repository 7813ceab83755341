/**
 * Content script: Témoin's capture, in every frame of the running session's reference origins
 * (top frame and its same-origin iframes), from `document_start`. It records only while a
 * session runs, on the origins frozen at its start (never the live settings); all the
 * logic lives in `extension/capture/`. Listeners and timers stop with the script when the
 * extension reloads or updates — and only then, never on the page's word (content-lifetime.ts).
 *
 * It is also the isolated-world side of the network hook: the main-world hook
 * (network-hook-main.content.ts, extension/capture/network/page-hook.ts) copies the JSON
 * responses of state-changing calls over a private channel met here at document_start, before
 * any page script; they are checked (bridge.ts) and forwarded to the background, which masks
 * them and joins them to the requests it saw. One isolated script per document instead of two:
 * each costs its own evaluation and WXT context in every document the site loads.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCaptureController } from '../../capture/controller.ts';
import { newEventId } from '../../capture/emit.ts';
import { frameToCapture } from '../../capture/frames.ts';
import { listenToHook } from '../../capture/network/bridge.ts';
import { type HookResponse, rendezvous } from '../../capture/network/hook-message.ts';
import { sessionPendingStore } from '../../capture/pending-store.ts';
import { record } from '../../capture/record.ts';
import type { CaptureContext } from '../../capture/types.ts';
import { extensionLifetime } from '../../content-lifetime.ts';
import { ask, SESSION_SIGNAL_KEY } from '../../messaging/client.ts';

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  runAt: 'document_start',
  // WXT tells an older copy of this script that a new one started with an event on the document,
  // and by default also with a `window.postMessage` that every `message` listener of the page
  // receives (a cost in every document, and a sign to the page that Témoin runs): the event is
  // enough for this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (ctx.isInvalid) return;
    const alive = extensionLifetime(ctx);
    // First, before anything asynchronous: the main-world hook may be waiting on the channel.
    const hookChannel = rendezvous(document);
    const instanceId = newEventId();
    /** The last context the background gave (null: no session runs). */
    let known: CaptureContext | null = null;

    const controller = createCaptureController({
      loadContext: async () => {
        const response = await ask({ type: 'capture.context' });
        if (!response.ok) throw new Error(response.en);
        known = response.context;
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
      schedule: (fn, ms) => {
        setTimeout(() => {
          if (!alive.aborted) fn();
        }, ms);
      },
    });

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SESSION_SIGNAL_KEY in changes)
        controller.onSignal(changes[SESSION_SIGNAL_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onStorage);
    alive.addEventListener('abort', () => {
      browser.storage.onChanged.removeListener(onStorage);
      controller.stop();
    });
    const firstContext = controller.refresh();

    // A copied response goes once the first context question is answered, unless this frame's
    // origin is not one of the running session's (the background checks origins and session
    // again: without a session it records nothing).
    const forward = (response: HookResponse) => {
      void firstContext.then(() => {
        if (alive.aborted) return;
        if (known && !known.referenceOrigins.includes(location.origin)) return;
        browser.runtime.sendMessage({ type: 'network.response', response }).catch(() => undefined);
      });
    };
    if (hookChannel) listenToHook(hookChannel, forward, alive);
    await firstContext;
  },
});
