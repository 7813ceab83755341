/**
 * Isolated-world side of the network hook: receives, over a private channel, the JSON
 * responses the main-world hook copied (extension/capture/network/page-hook.ts), checks them
 * and forwards them to the background, which masks them and joins them to the requests it saw.
 *
 * Chromium (MV3): the hook is a `world: 'MAIN'` content script (network-hook-main.content.ts);
 * both run at document_start, before any page script, and meet on a node that is taken out of
 * the document at once. Firefox (MV2) has no main-world content scripts: the hook is injected
 * as a script (main-world-hook.ts), whose own element is the channel.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { injectScript } from 'wxt/utils/inject-script';
import { listenToHook } from '../../capture/network/bridge.ts';
import { type HookResponse, rendezvous } from '../../capture/network/hook-message.ts';
import { loadReferenceOrigins } from '../../settings/reference-origins.ts';

export default defineContentScript({
  // Loopback is granted in the manifest (docs/adr/0002-host-permissions.md).
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    const mainWorldChannel = import.meta.env.MANIFEST_VERSION === 3 ? rendezvous(document) : null;
    const onReference = loadReferenceOrigins()
      .then((origins) => origins.includes(location.origin))
      .catch(() => false);
    const forward = (response: HookResponse) => {
      void onReference.then((yes) => {
        if (!yes || ctx.isInvalid) return;
        browser.runtime.sendMessage({ type: 'network.response', response }).catch(() => undefined);
      });
    };
    if (mainWorldChannel) {
      listenToHook(mainWorldChannel, forward, ctx.signal);
      return;
    }
    if (import.meta.env.MANIFEST_VERSION !== 2) return;
    void onReference.then((yes) => {
      if (!yes || ctx.isInvalid) return;
      injectScript('/main-world-hook.js', {
        modifyScript: (script) => listenToHook(script, forward, ctx.signal),
      }).catch(() => undefined);
    });
  },
});
