/**
 * Our host on the page (linkedom): one shadow root holding one stylesheet and the UI's root, the
 * host's styles protected, keys typed inside stopped at the root; the full overlay's stylesheets
 * added once each, after the tab's.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addShadowStyle, createShadowHost, HOST_RESET_CSS } from './shadow-host.ts';

describe('createShadowHost', () => {
  let document: Document;
  beforeEach(() => {
    ({ document } = parseHTML('<!doctype html><html><body><main></main></body></html>') as unknown as {
      document: Document;
    });
    vi.stubGlobal('document', document);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('builds an open shadow root with the reset and the given stylesheet, then the root; mounts at the end of body', () => {
    const made = createShadowHost('temoin-overlay', '.tab{color:red}');
    expect(made.host.isConnected).toBe(false);
    expect(made.host.shadowRoot).toBe(made.shadow);
    const children = [...made.shadow.childNodes] as HTMLElement[];
    expect(children.map((node) => node.tagName)).toEqual(['STYLE', 'DIV']);
    expect(children[0]!.textContent).toBe(`${HOST_RESET_CSS}\n.tab{color:red}`);
    expect(children[1]).toBe(made.root);
    made.mount();
    expect(document.body.lastElementChild).toBe(made.host);
    expect(made.host.style.getPropertyValue('position')).toBe('fixed');
    made.remove();
    expect(made.host.isConnected).toBe(false);
    expect(made.root.childNodes.length).toBe(0);
  });

  it('stops keys typed inside at its root: the page does not see them', () => {
    const made = createShadowHost('temoin-chip', '');
    made.mount();
    const input = document.createElement('textarea');
    made.root.append(input);
    const seen: string[] = [];
    made.host.addEventListener('keydown', () => seen.push('host'));
    made.root.addEventListener('keydown', () => seen.push('root'));
    for (const type of ['keydown', 'keyup', 'keypress'])
      input.dispatchEvent(
        new (document.defaultView as unknown as typeof globalThis).Event(type, { bubbles: true }),
      );
    expect(seen).toEqual(['root']);
  });

  it('adds a stylesheet once per id, after the ones already there', () => {
    const made = createShadowHost('temoin-overlay', '.tab{}');
    made.root.append(document.createElement('div'));
    const inner = made.root.firstChild as HTMLElement;
    addShadowStyle(inner, 'panel', '.panel{}');
    addShadowStyle(made.root, 'panel', '.panel{}');
    addShadowStyle(made.root, 'chip', '.chip{}');
    const styles = [...made.shadow.querySelectorAll('style')].map((style) => style.textContent);
    expect(styles).toEqual([`${HOST_RESET_CSS}\n.tab{}`, '.panel{}', '.chip{}']);
    expect(made.shadow.lastChild).toBe(made.root);
  });

  it('adds nothing outside a shadow root', () => {
    const div = document.createElement('div');
    document.body.append(div);
    addShadowStyle(div, 'panel', '.panel{}');
    expect(document.querySelectorAll('style').length).toBe(0);
  });
});
