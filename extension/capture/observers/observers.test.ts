/**
 * The observers wired to a fake window (Node's EventTarget): what each DOM event turns into.
 * Node's events are never trusted, like events a page script dispatches.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { record } from '../record.ts';
import { connect, type FakeElement, h } from '../testing/fake-dom.ts';
import { fakeBackground } from '../testing/fakes.ts';
import type { CaptureContext, Emit, ObserverParams, PayloadOf } from '../types.ts';
import { initClickObserver } from './clicks.ts';
import { trackActivation } from './events.ts';
import { initFieldObserver } from './fields.ts';
import { initFormObserver } from './forms.ts';
import { initNavigationObserver } from './navigation.ts';

const CONTEXT: CaptureContext = {
  sessionId: 's1',
  startedAt: '2025-01-01T00:00:00.000Z',
  variables: { keyword: 'thé vert bio' },
  referenceOrigins: ['http://127.0.0.1:4300'],
  pendingKey: 'test-pending-key',
  allowedOrigins: [],
  sensitiveSelectors: ['.secret'],
};

type FakeWindow = EventTarget & {
  location: { href: string };
  document: EventTarget & {
    readyState: string;
    title: string;
    referrer: string;
    baseURI: string;
    visibilityState: string;
  };
};

const fakeWindow = (): FakeWindow => {
  const document = Object.assign(new EventTarget(), {
    readyState: 'interactive',
    title: 'Accueil',
    referrer: '',
    baseURI: 'http://127.0.0.1:4300/',
    visibilityState: 'visible',
  });
  return Object.assign(new EventTarget(), { location: { href: 'http://127.0.0.1:4300/' }, document });
};

const dispatch = (
  target: EventTarget,
  type: string,
  path: FakeElement[],
  extra: Record<string, unknown> = {},
) => {
  const event = new Event(type);
  Object.defineProperty(event, 'composedPath', { value: () => path });
  for (const [key, value] of Object.entries(extra)) Object.defineProperty(event, key, { value });
  target.dispatchEvent(event);
};

const pathOf = (element: FakeElement) => {
  const out: FakeElement[] = [];
  for (let node: FakeElement | null = element; node; node = node.parentElement) out.push(node);
  return out;
};

const observe = (init: (params: ObserverParams) => unknown, win = fakeWindow()) => {
  const events: { kind: string; data: unknown; trusted: boolean }[] = [];
  const controller = new AbortController();
  const flushNow = vi.fn();
  const emit: Emit = (kind, data, trusted) => events.push({ kind, data, trusted });
  init({
    emit,
    guard:
      (fn) =>
      (...args) =>
        void fn(...args),
    signal: controller.signal,
    win: win as unknown as Window,
    context: CONTEXT,
    flushNow,
    trusted: (event) => event.isTrusted,
  });
  return { events, win, flushNow, stop: () => controller.abort() };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('click observer', () => {
  it('records script clicks on controls as untrusted, and nothing after teardown', () => {
    const { events, win, stop } = observe(initClickObserver);
    const button = h('button', { id: 'publish' }, 'Publier');
    h('form', {}, button);
    dispatch(win, 'click', pathOf(button));
    dispatch(win, 'click', pathOf(h('p', {}, 'texte')));
    expect(events).toEqual([
      {
        kind: 'ui.clicked',
        data: { role: 'button', name: 'Publier', tag: 'button', selector: 'button#publish' },
        trusted: false,
      },
    ]);
    stop();
    dispatch(win, 'click', pathOf(button));
    expect(events).toHaveLength(1);
  });
});

describe('field observer', () => {
  const form = () => {
    const title = h('input', { id: 'title', name: 'title', props: { type: 'text', value: '' } });
    const password = h('input', {
      id: 'pw',
      name: 'pw',
      type: 'password',
      props: { type: 'password', value: '' },
    });
    const badge = h('input', {
      id: 'badge',
      name: 'badge',
      class: 'secret',
      props: { type: 'text', value: '' },
    });
    const editor = h('div', { 'aria-label': 'Contenu', props: { isContentEditable: true } }, 'Bonjour');
    const overlayField = h('textarea', { name: 'note', props: { value: 'note' } });
    connect(
      h(
        'div',
        {},
        h('label', { for: 'title' }, 'Titre'),
        title,
        password,
        badge,
        editor,
        h('temoin-overlay', {}, overlayField),
      ),
    );
    return { title, password, badge, editor, overlayField };
  };

  it('records a change once (change then focusout), and a blur-only change', () => {
    const { events, win } = observe(initFieldObserver);
    const { title } = form();
    dispatch(win, 'focusin', pathOf(title));
    title.value = 'Thé vert bio';
    dispatch(win, 'change', pathOf(title));
    dispatch(win, 'focusout', pathOf(title));
    dispatch(win, 'focusin', pathOf(title));
    title.value = 'Thé vert bio : bienfaits'; // a framework set it: no change event
    dispatch(win, 'focusout', pathOf(title));
    dispatch(win, 'focusin', pathOf(title));
    dispatch(win, 'focusout', pathOf(title)); // unchanged: nothing
    expect(events.map((e) => (e.data as PayloadOf<'ui.changed'>).value)).toEqual([
      'Thé vert bio',
      'Thé vert bio : bienfaits',
    ]);
    expect(events[0]).toMatchObject({
      kind: 'ui.changed',
      data: { name: 'title', label: 'Titre', type: 'text' },
    });
  });

  it('never lets a sensitive value out', () => {
    const { events, win } = observe(initFieldObserver);
    const { password, badge } = form();
    dispatch(win, 'focusin', pathOf(password));
    password.value = 'hunter2-secret';
    dispatch(win, 'change', pathOf(password));
    dispatch(win, 'focusin', pathOf(badge));
    badge.value = 'centre-secret';
    dispatch(win, 'focusout', pathOf(badge));
    expect(events.map((e) => e.data)).toEqual([
      { name: 'pw', type: 'password', masked: true, length: 14 },
      { name: 'badge', type: 'text', masked: true, length: 13 },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/hunter2|centre-secret/);
  });

  it('records a contenteditable editor when focus leaves it, and ignores the overlay', () => {
    const { events, win } = observe(initFieldObserver);
    const { editor, overlayField } = form();
    dispatch(win, 'focusin', pathOf(editor));
    editor.append(' le monde');
    dispatch(win, 'focusout', pathOf(editor));
    dispatch(win, 'change', pathOf(overlayField));
    expect(events).toEqual([
      {
        kind: 'ui.changed',
        data: {
          name: 'Contenu',
          label: 'Contenu',
          type: 'contenteditable',
          value: 'Bonjour le monde',
          length: 16,
        },
        trusted: false,
      },
    ]);
  });
});

describe('form observer', () => {
  it('records the submit with masked fields and flushes at once', () => {
    const { events, win, flushNow } = observe(initFormObserver);
    const email = h('input', { name: 'email', props: { type: 'email', value: 'a@b.fr' } });
    const card = h('input', {
      name: 'cardnumber',
      autocomplete: 'cc-number',
      props: { value: '4111111111111111' },
    });
    const form = h('form', { action: '/commande/valider', method: 'post' }, email, card);
    Object.defineProperty(form, 'elements', { value: [email, card] });
    connect(form);
    dispatch(win, 'submit', pathOf(form), { submitter: null });
    expect(events).toEqual([
      {
        kind: 'form.submitted',
        data: {
          action: 'http://127.0.0.1:4300/commande/valider',
          method: 'POST',
          fields: [
            { name: 'email', type: 'email', value: 'a@b.fr', length: 6 },
            { name: 'cardnumber', type: 'text', masked: true, length: 16 },
          ],
        },
        trusted: false,
      },
    ]);
    expect(flushNow).toHaveBeenCalledTimes(1);
  });
});

describe('trackActivation', () => {
  it('marks what a synthetic click causes as untrusted until the script returns', async () => {
    const win = fakeWindow();
    const trusted = trackActivation(win as unknown as Window, new AbortController().signal);
    const submit = { isTrusted: true } as Event; // the browser's submit after `button.click()`
    expect(trusted(submit)).toBe(true);
    win.dispatchEvent(new Event('click')); // Node's events are untrusted, like a script's
    expect(trusted(submit)).toBe(false);
    await Promise.resolve();
    expect(trusted(submit)).toBe(true);
  });
});

describe('navigation observer', () => {
  it('records the load, then history and hash route changes seen by polling', async () => {
    vi.useFakeTimers();
    const visits: string[] = [];
    const win = fakeWindow();
    win.document.readyState = 'loading';
    win.document.referrer = 'http://127.0.0.1:4300/login?password=x';
    const { events } = observe(
      (params) => initNavigationObserver({ ...params, onVisit: (via) => visits.push(via) }),
      win,
    );
    expect(events).toEqual([]);
    win.document.dispatchEvent(new Event('DOMContentLoaded'));
    win.location.href = 'http://127.0.0.1:4300/produits?tri=nom';
    win.document.title = 'Produits';
    await vi.advanceTimersByTimeAsync(300);
    win.location.href = 'http://127.0.0.1:4300/produits?tri=nom#avis';
    win.dispatchEvent(new Event('hashchange'));
    await vi.advanceTimersByTimeAsync(50);
    expect(events.map((e) => e.data)).toEqual([
      { title: 'Accueil', via: 'load', referrer: 'http://127.0.0.1:4300/login?password=***' },
      { title: 'Produits', via: 'history' },
      { title: 'Produits', via: 'hash' },
    ]);
    expect(visits).toEqual(['load', 'history', 'hash']);
  });
});

describe('record', () => {
  it('emits through one queue and warns once on a burst of untrusted events', async () => {
    vi.useFakeTimers();
    const background = fakeBackground();
    const win = fakeWindow();
    const teardown = record({
      context: CONTEXT,
      send: background.send,
      win: win as unknown as Window,
      topFrame: false,
    });
    const button = h('button', {}, 'Suivant');
    for (let i = 0; i < 8; i += 1) dispatch(win, 'click', [button]);
    await vi.advanceTimersByTimeAsync(250);
    const kinds = background.state.stored.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'ui.clicked')).toHaveLength(8);
    expect(
      background.state.stored.filter((e) => e.kind === 'capture.warning').map((e) => e.data.code),
    ).toEqual(['untrusted-event']);
    expect(background.state.stored.every((e) => e.kind !== 'ui.clicked' || e.trusted === false)).toBe(true);
    teardown();
    dispatch(win, 'click', [button]);
    await vi.advanceTimersByTimeAsync(500);
    expect(background.state.stored.filter((e) => e.kind === 'ui.clicked')).toHaveLength(8);
  });
});
