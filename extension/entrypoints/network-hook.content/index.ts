/**
 * Isolated-world side of the network hook: receives, over a private channel, the JSON
 * responses the main-world hook copied (extension/capture/network/page-hook.ts), checks them
 * and forwards them to the background, which masks them and joins them to the requests it saw.
 *
 * The hook is a `world: 'MAIN'` content script (network-hook-main.content.ts); both run at
 * document_start, before any page script, and meet on a node that is taken out of the document
 * at once.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '../../capture/network/bridge.ts';
import { type HookResponse, rendezvous } from '../../capture/network/hook-message.ts';
import { activeReferenceOrigins } from '../../settings/reference-origins.ts';

export default defineContentScript({
  // Loopback is granted in the manifest (docs/adr/0002-host-permissions.md).
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    const mainWorldChannel = rendezvous(document);
    // Asked at the first copied response, not at every document's start: most documents never
    // make a state-changing JSON call, and each question is a message the background answers.
    let onReference: Promise<boolean> | undefined;
    const forward = (response: HookResponse) => {
      onReference ??= activeReferenceOrigins()
        .then((origins) => origins.includes(location.origin))
        .catch(() => false);
      void onReference.then((yes) => {
        if (!yes || ctx.isInvalid) return;
        browser.runtime.sendMessage({ type: 'network.response', response }).catch(() => undefined);
      });
    };
    if (mainWorldChannel) listenToHook(mainWorldChannel, forward, ctx.signal);
  },
});
