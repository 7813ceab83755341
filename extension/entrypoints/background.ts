/** Background service worker (an event page in Firefox): the only writer of evidence. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../background/main.ts';

export default defineBackground(() => {
  startBackground(browser);
});
