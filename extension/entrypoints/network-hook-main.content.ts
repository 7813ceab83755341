/**
 * The network hook in the page's main world, at document_start, before any page script, in
 * both browsers (Firefox ≥ 128). See extension/capture/network/page-hook.ts.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { rendezvous } from '../capture/network/hook-message.ts';
import { installNetworkHook } from '../capture/network/page-hook.ts';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_start',
  allFrames: true,
  world: 'MAIN',
  main() {
    try {
      const channel = rendezvous(document);
      if (channel) installNetworkHook(window, channel);
    } catch {
      // never in the page's way
    }
  },
});
