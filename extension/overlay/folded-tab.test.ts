/**
 * The folded tab in plain DOM (linkedom): what it shows from the tab's view (`session.tab`),
 * and how it hands over to the full overlay — loaded first, the tab kept until then.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabView } from '../messaging/protocol.ts';
import { NO_TIMING } from '../session/clock.ts';
import { createCommandChannel } from './commands.ts';
import { type FoldedTabOptions, mountFoldedTab } from './folded-tab.ts';
import type { InitialView } from './session-view.ts';

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: { get: async () => ({}) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));
const ask = vi.hoisted(() => vi.fn(async () => ({ ok: true, view: null, referenceOrigins: null })));
vi.mock('../messaging/client.ts', () => ({ SESSION_SIGNAL_KEY: 'sessionSignal', ask }));

const NOW = Date.parse('2026-06-12T08:30:00Z');
const tabView: TabView = {
  sessionId: 's1',
  status: 'running',
  startedAt: '2026-06-12T08:00:00.000Z',
  durationMinutes: 90,
  timing: NO_TIMING,
};
const fullView = { signal: 'null', state: { status: 'ready', view: null } } as InitialView;

const mount = (overrides: Partial<FoldedTabOptions> = {}) => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  const host = document.createElement('temoin-overlay');
  document.body.append(host);
  const root = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(root);
  const options: FoldedTabOptions = {
    locale: 'fr',
    prefs: { collapsed: true, dock: 'right', width: 360 },
    view: { signal: 'null', state: { status: 'ready', view: tabView } },
    commands: createCommandChannel(),
    signalChanged: () => false,
    load: vi.fn(async () => fullView),
    onUnfold: vi.fn(),
    ...overrides,
  };
  const stop = mountFoldedTab(root as unknown as HTMLElement, options);
  const find = (id: string) => root.querySelector(`[data-testid=${id}]`) as HTMLElement | null;
  return { document, host, root, options, stop, find };
};

describe('the folded tab', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    ask.mockClear();
  });

  it('shows the time left on a labelled, keyboard-reachable button, and says so on the host', () => {
    const { host, find, stop } = mount();
    const button = find('overlay-expand');
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+T');
    expect(button?.textContent).toContain('Ouvrir Témoin');
    expect(find('tab-timer')?.textContent).toBe('60:00');
    expect(find('overlay-panel')?.hidden).toBe(true);
    expect(host.getAttribute('data-session')).toBe('running');
    expect(host.getAttribute('data-phase')).toBe('running');
    expect(host.getAttribute('data-collapsed')).toBe('true');
    // Each second the clock's text changes, and no attribute is set again to the same value.
    const setAttribute = vi.spyOn(host, 'setAttribute');
    vi.advanceTimersByTime(1_100);
    expect(find('tab-timer')?.textContent).toBe('59:59');
    expect(setAttribute).not.toHaveBeenCalled();
    stop();
  });

  it('is in English when the centre chose it, without a clock when no session runs', () => {
    const { host, find, stop } = mount({
      locale: 'en',
      view: { signal: 'null', state: { status: 'ready', view: null } },
    });
    expect(find('overlay-expand')?.textContent).toBe('Open Témoin');
    expect(find('tab-timer')).toBeNull();
    expect(host.getAttribute('data-session')).toBe('none');
    stop();
  });

  it('loads the full overlay on unfold, keeps the tab until it has, then hands over the full view', async () => {
    let resolve: (view: InitialView) => void = () => undefined;
    const load = vi.fn(() => new Promise<InitialView>((r) => (resolve = r)));
    const { find, options } = mount({ load });
    options.commands.emit({ type: 'toggle', trusted: true });
    options.commands.emit({ type: 'toggle', trusted: true });
    expect(load).toHaveBeenCalledTimes(1);
    expect(find('overlay-expand')).not.toBeNull();
    resolve(fullView);
    await vi.waitFor(() => expect(options.onUnfold).toHaveBeenCalledTimes(1));
    expect(options.onUnfold).toHaveBeenCalledWith({
      prefs: options.prefs,
      view: fullView,
      here: { trusted: true },
    });
    expect(find('overlay-expand')).toBeNull();
  });

  it('stays when the overlay cannot be loaded; the next unfold tries again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('no')).mockResolvedValueOnce(fullView);
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { find, options } = mount({ load });
    options.commands.emit({ type: 'toggle', trusted: true });
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(find('overlay-expand')?.textContent).toContain('Témoin ne répond pas');
    expect(options.onUnfold).not.toHaveBeenCalled();
    options.commands.emit({ type: 'toggle', trusted: false });
    await vi.waitFor(() => expect(options.onUnfold).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('mounted unfolded (prefs changed elsewhere), it hands over at once without recording a toggle', async () => {
    const prefs = { collapsed: false, dock: 'left' as const, width: 400 };
    const { options } = mount({ prefs });
    await vi.waitFor(() =>
      expect(options.onUnfold).toHaveBeenCalledWith({ prefs, view: fullView, here: null }),
    );
  });

  it('repaints the clock with one timer, just after each displayed second, in the same text node', () => {
    const { find, stop } = mount();
    const timer = find('tab-timer')!;
    const text = timer.firstChild;
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3_050);
    expect(timer.textContent).toBe('59:57');
    expect(timer.firstChild).toBe(text);
    expect(timer.childNodes.length).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says on the host when five minutes are left, then when the time is up', () => {
    const { host, find, stop } = mount({
      view: {
        signal: 'null',
        state: {
          status: 'ready',
          view: { ...tabView, startedAt: '2026-06-12T08:00:02.000Z', durationMinutes: 35 },
        },
      },
    });
    expect(find('tab-timer')?.textContent).toBe('05:02');
    expect(host.getAttribute('data-phase')).toBe('running');
    vi.advanceTimersByTime(2_100);
    expect(find('tab-timer')?.getAttribute('data-phase')).toBe('warning');
    expect(host.getAttribute('data-phase')).toBe('warning');
    vi.advanceTimersByTime(300_000);
    expect(host.getAttribute('data-phase')).toBe('time-up');
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    stop();
  });

  it('keeps no timer while the page is hidden, and shows the right time again when it is shown', () => {
    const { document, find, stop } = mount();
    let visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    visibility = 'hidden';
    vi.advanceTimersByTime(1_100); // the tick already set runs once, and sets no other
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(NOW + 120_000);
    visibility = 'visible';
    document.dispatchEvent(
      new (document.defaultView as unknown as typeof globalThis).Event('visibilitychange'),
    );
    expect(find('tab-timer')?.textContent).toBe('58:00');
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it('reloads its view once when the session changed between the first read and its listener', async () => {
    const { host, stop } = mount({ signalChanged: () => true });
    expect(host.getAttribute('data-session')).toBe('running');
    await vi.advanceTimersByTimeAsync(0);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ type: 'session.tab' });
    // The session ended meanwhile (the mock answers « no session »).
    expect(host.getAttribute('data-session')).toBe('none');
    stop();
  });

  it('asks nothing more at mount when the session did not change', async () => {
    const { stop } = mount();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(ask).not.toHaveBeenCalled();
    stop();
  });
});
