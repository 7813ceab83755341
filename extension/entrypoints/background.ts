/** Background service worker (event page on Firefox MV2). The capture issue gives it storage. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Nothing to migrate yet; settings are validated on every read.
  });
});
