/**
 * Firefox (MV2): the network hook, injected into the page by the network-hook content script.
 * It runs inline, synchronously: `document.currentScript` is the element that script made and
 * listens on, removed from the document right after this runs — the private channel.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installNetworkHook } from '../capture/network/page-hook.ts';

// Built for every browser (so its path is typed everywhere); only Firefox's manifest exposes it.
export default defineUnlistedScript({
  main() {
    try {
      const channel = document.currentScript;
      if (channel) installNetworkHook(window, channel);
    } catch {
      // never in the page's way
    }
  },
});
