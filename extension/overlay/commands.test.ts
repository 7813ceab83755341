import { describe, expect, it } from 'vitest';
import { createCommandChannel, isToggleShortcut, type OverlayCommand } from './commands.ts';
import { guard } from './guard.ts';

const keys = (overrides: Partial<KeyboardEvent>) => ({
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  code: '',
  key: '',
  ...overrides,
});

describe('toggle shortcut', () => {
  it('is Alt+Shift+T', () => {
    expect(isToggleShortcut(keys({ altKey: true, shiftKey: true, code: 'KeyT', key: 'T' }))).toBe(true);
    // macOS reports a dead key or symbol as `key` with Alt: the physical key still counts.
    expect(isToggleShortcut(keys({ altKey: true, shiftKey: true, code: 'KeyT', key: 'ˇ' }))).toBe(true);
  });

  it('is not T alone, Alt+T, Ctrl+Alt+Shift+T or Alt+Shift+Y', () => {
    expect(isToggleShortcut(keys({ code: 'KeyT', key: 't' }))).toBe(false);
    expect(isToggleShortcut(keys({ altKey: true, code: 'KeyT', key: 't' }))).toBe(false);
    expect(isToggleShortcut(keys({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyT' }))).toBe(false);
    expect(isToggleShortcut(keys({ altKey: true, shiftKey: true, code: 'KeyY', key: 'Y' }))).toBe(false);
  });
});

describe('command channel', () => {
  it('delivers commands to every subscriber until it unsubscribes', () => {
    const channel = createCommandChannel();
    const seen: OverlayCommand[] = [];
    const stop = channel.subscribe((command) => seen.push(command));
    channel.subscribe(() => {
      throw new Error('broken listener');
    });
    channel.emit({ type: 'toggle', trusted: true });
    stop();
    channel.emit({ type: 'flush' });
    expect(seen).toEqual([{ type: 'toggle', trusted: true }]);
  });

  it('remembers whether the side panel is open for an overlay that subscribes after it was said', () => {
    const channel = createCommandChannel();
    expect(channel.sidePanelOpen()).toBe(false);
    channel.emit({ type: 'sidepanel', open: true });
    expect(channel.sidePanelOpen()).toBe(true);
    channel.emit({ type: 'flush' });
    expect(channel.sidePanelOpen()).toBe(true);
    channel.emit({ type: 'sidepanel', open: false });
    expect(channel.sidePanelOpen()).toBe(false);
  });
});

describe('guard', () => {
  it('swallows throws and rejections', async () => {
    expect(() =>
      guard(() => {
        throw new Error('boom');
      })(),
    ).not.toThrow();
    const rejected = Promise.reject(new Error('later'));
    guard(() => rejected)();
    await expect(rejected).rejects.toThrow('later');
  });

  it('passes its arguments through', () => {
    let got = 0;
    guard((a: number, b: number) => {
      got = a + b;
    })(2, 3);
    expect(got).toBe(5);
  });
});
