/**
 * Component tests in the real browser: a ge-* component mounted alone in an extension page
 * that registers it, with the properties its parent would give, and the typed events it sends
 * recorded in `window.__events` (in order) for the test to read.
 */
import type { Page } from 'puppeteer-core';

export interface Sent {
  type: string;
  detail: unknown;
}

/** Mounts `tag` in `#under-test` (replacing what was there), listening for `events`. */
export const mountAlone = (
  page: Page,
  tag: string,
  props: Record<string, unknown>,
  events: readonly string[],
) =>
  page.evaluate(
    async (tag, props, events) => {
      document.querySelector('#under-test')?.remove();
      const host = document.createElement('div');
      host.id = 'under-test';
      const w = window as unknown as { __events: { type: string; detail: unknown }[] };
      w.__events = [];
      for (const type of events)
        host.addEventListener(type, (e) => w.__events.push({ type, detail: (e as CustomEvent).detail }));
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      Object.assign(el, props);
      host.append(el);
      document.body.append(host);
      await el.updateComplete;
    },
    tag,
    props,
    events,
  );

/** The events the mounted component sent so far. */
export const sentEvents = (page: Page): Promise<Sent[]> =>
  page.evaluate(() => (window as unknown as { __events: Sent[] }).__events);
