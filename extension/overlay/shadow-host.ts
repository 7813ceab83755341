/**
 * A host of ours on the page — `<temoin-overlay>` or `<temoin-chip>` — without WXT's
 * `createShadowRootUi`: an open shadow root holding one `<style>` and the root element the UI
 * renders into, appended at the end of `<body>`. WXT's helper also built an `<html>`, `<head>`
 * and `<body>` inside the shadow root, split the stylesheet with a regular expression and
 * carried an auto-mount module (element waits, a keyed map); the content script pays for its
 * code and its nodes on every page load of the reference site (issue 19).
 *
 * Same behaviour for the page: the host's styles are protected (host.ts), keys typed inside stop
 * at the root (the site's shortcuts do not fire), and the host goes when the content script's
 * context dies (extension reloaded).
 */
import { protectHost } from './host.ts';

/** What the page never sees through: the shadow root's reset, before the UI's own rules. */
export const HOST_RESET_CSS = ':host{all:initial !important;}';

/** Keys typed inside the UI stop here, as WXT's `isolateEvents: true` did. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element the UI renders into (a `<div>`, the shadow root's last child). */
  root: HTMLElement;
  /** Appends the host to `<body>` (or `<html>` when there is no body yet). */
  mount(): void;
  /** Takes the host off the page and empties it. */
  remove(): void;
}

export const createShadowHost = (name: string, css: string): ShadowHost => {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET_CSS}\n${css}`;
  const root = document.createElement('div');
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, stop);
  shadow.append(style, root);
  return {
    host,
    shadow,
    root,
    mount() {
      protectHost(host);
      (document.body ?? document.documentElement).append(host);
    },
    remove() {
      host.remove();
      root.replaceChildren();
    },
  };
};

/**
 * Adds a stylesheet to the shadow root `root` lives in, once per `id`, after the ones already
 * there (later rules win at equal specificity, as when the stylesheet was one). The full
 * overlay and the chip bring theirs when they first render: the folded tab's is all a page
 * loaded folded parses.
 */
export const addShadowStyle = (root: Node, id: string, css: string): void => {
  const shadow = root.getRootNode() as ShadowRoot | Document;
  // Not in a shadow root (a test's document): nothing to add to.
  if (!('host' in shadow) || shadow.querySelector(`style[data-temoin-style="${id}"]`)) return;
  const style = document.createElement('style');
  style.dataset.temoinStyle = id;
  style.textContent = css;
  const styles = shadow.querySelectorAll('style');
  const last = styles[styles.length - 1];
  if (last) last.after(style);
  else shadow.prepend(style);
};
