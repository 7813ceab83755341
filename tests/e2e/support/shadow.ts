/**
 * Waiting on nodes inside shadow roots, polled on a timer. A node added or changed inside a
 * shadow root does not wake puppeteer's selector wait (seen in Firefox over BiDi), and a
 * page's animation frames stall in background tabs: every e2e test waits through these two.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

const INTERVAL_MS = 100;

/**
 * Polls `selector` (puppeteer's `>>>` crosses shadow roots: `ge-app >>> [data-testid=x]`)
 * until it matches, and returns the element.
 */
export const waitForNode = async (
  page: Page,
  selector: string,
  timeout = 30_000,
): Promise<ElementHandle<Element>> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
};

/**
 * Polls how many elements match `selector` until `accept` takes the count (`>>>>` enters one
 * shadow root, as `shadowRoot.querySelectorAll`; `>>>` all those below).
 */
export const waitForCount = async (
  page: Page,
  selector: string,
  accept: (count: number) => boolean,
  timeout = 30_000,
): Promise<number> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const count = (await page.$$(selector)).length;
    if (accept(count)) return count;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms on the count of ${selector} (last: ${count})`);
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
};

/**
 * Polls the element `selector` matches until `check` (run in the page, on the element, with
 * `args`) holds; returns the element. For what a selector cannot say: a control's value, a
 * clock's figure, a box that moved.
 */
export const waitUntil = async <Args extends unknown[]>(
  page: Page,
  selector: string,
  check: (element: Element, ...args: Args) => boolean,
  timeout: number,
  ...args: Args
): Promise<ElementHandle<Element>> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    // The check's arguments are plain values; puppeteer's types cannot follow a generic list.
    if (
      handle &&
      (await handle.evaluate(check as (element: Element, ...args: unknown[]) => boolean, ...args))
    )
      return handle;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting on ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
};

/**
 * Polls `read` (run in the page, on the element `selector` matches) until `accept` takes what
 * it returns; returns the last reading and whether it was accepted, without throwing, so that
 * a test can say what it saw. A missing element reads as undefined.
 */
export const readUntil = async <T, Args extends unknown[]>(
  page: Page,
  selector: string,
  read: (element: Element, ...args: Args) => T,
  accept: (value: T | undefined) => boolean,
  timeout: number,
  ...args: Args
): Promise<{ value: T | undefined; accepted: boolean }> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    // As in waitUntil: plain values as arguments.
    const value = handle
      ? ((await handle.evaluate(read as (element: Element, ...args: unknown[]) => unknown, ...args)) as T)
      : undefined;
    if (accept(value)) return { value, accepted: true };
    if (Date.now() > deadline) return { value, accepted: false };
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
};

export interface TextWait {
  /** Wait until no such text is shown any more (default: until it is). */
  present?: boolean;
  timeout?: number;
}

/**
 * Waits until an element matching the CSS `selector`, in the document or any shadow root under
 * it, shows `text` (a substring, or a pattern; white space folded) — or, with `present: false`,
 * until none does.
 */
export const waitForText = async (
  page: Page,
  selector: string,
  text: string | RegExp,
  { present = true, timeout = 15_000 }: TextWait = {},
): Promise<void> => {
  const pattern =
    typeof text === 'string'
      ? { source: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' }
      : { source: text.source, flags: text.flags };
  await page.waitForFunction(
    (sel: string, source: string, flags: string, wanted: boolean) => {
      const re = new RegExp(source, flags);
      const walk = (root: Document | ShadowRoot): boolean =>
        [...root.querySelectorAll(sel)].some((n) => re.test((n.textContent ?? '').replace(/\s+/g, ' '))) ||
        [...root.querySelectorAll('*')].some((el) => (el.shadowRoot ? walk(el.shadowRoot) : false));
      return walk(document) === wanted;
    },
    { timeout, polling: INTERVAL_MS },
    selector,
    pattern.source,
    pattern.flags,
    present,
  );
};

/** The element that has the keyboard focus, through shadow roots: its `data-*`, id and tag. */
export interface Focused {
  [data: string]: string | undefined;
  elementId: string;
  tag: string;
}

export const focusedElement = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      ...(active as HTMLElement | null)?.dataset,
      elementId: active?.id ?? '',
      tag: active?.localName ?? '',
    };
  });

/** Polls until the element with the keyboard focus (through shadow roots) is the one `accept` wants. */
export const waitForFocus = async (
  page: Page,
  accept: (focused: Focused) => boolean,
  timeout = 30_000,
): Promise<Focused> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const focused = await focusedElement(page);
    if (accept(focused)) return focused;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeout} ms waiting for the focus (last: ${JSON.stringify(focused)})`,
      );
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
};
