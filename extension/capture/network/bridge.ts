/**
 * The isolated content script's side of the hook channel: checks each message from the page
 * world and hands the valid ones on. No extension API here (the caller forwards).
 */
import { HOOK_EVENT, type HookResponse, parseHookDetail } from './hook-message.ts';

export const listenToHook = (
  channel: EventTarget,
  forward: (response: HookResponse) => void,
  signal?: AbortSignal,
): void => {
  channel.addEventListener(
    HOOK_EVENT,
    (event) => {
      try {
        const response = parseHookDetail((event as CustomEvent<unknown>).detail);
        if (response) forward(response);
      } catch {
        // a malformed message is dropped
      }
    },
    signal ? { signal } : {},
  );
};
