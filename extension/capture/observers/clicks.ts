/**
 * `ui.clicked`: clicks on interactive controls (links, buttons, checkboxes, tabs, menu items…),
 * described by role, accessible name, tag, a stable selector and a link's target. Clicks on
 * plain content, in text fields, or inside Témoin's overlay are not recorded.
 */
import { describeControl, findClickTarget } from '../dom/describe.ts';
import type { ObserverParams, Teardown } from '../types.ts';
import { redactUrl } from '../urls.ts';
import { elementPath, listenOptions } from './events.ts';

export const initClickObserver = ({ emit, guard, signal, win, trusted }: ObserverParams): Teardown => {
  win.addEventListener(
    'click',
    guard((event: MouseEvent) => {
      const target = findClickTarget(elementPath(event));
      if (target) emit('ui.clicked', describeControl(target, redactUrl), trusted(event));
    }),
    listenOptions(signal),
  );
  return () => undefined;
};
