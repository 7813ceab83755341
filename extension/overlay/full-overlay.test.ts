import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type FullOverlay,
  loadFullOverlay,
  OVERLAY_LOAD,
  registeredFullOverlay,
  registerFullOverlay,
} from './full-overlay.ts';

const overlay: FullOverlay = { renderOverlay: vi.fn(), renderChip: vi.fn(), unmount: vi.fn() };
const forget = () => {
  delete (globalThis as Record<string, unknown>).__temoinFullOverlay;
};

describe('the full overlay, loaded on first use', () => {
  afterEach(forget);

  it('asks the background once, however many callers, and returns what the injected script registered', async () => {
    const send = vi.fn(async (message: unknown) => {
      expect(message).toEqual({ type: OVERLAY_LOAD });
      registerFullOverlay(overlay);
      return { ok: true };
    });
    const [a, b] = await Promise.all([loadFullOverlay(send), loadFullOverlay(send)]);
    expect(a).toBe(overlay);
    expect(b).toBe(overlay);
    expect(send).toHaveBeenCalledTimes(1);
    expect(await loadFullOverlay(send)).toBe(overlay);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('rejects when the background could not inject it, and asks again next time', async () => {
    const refuse = vi.fn(async () => ({ ok: false }));
    await expect(loadFullOverlay(refuse)).rejects.toThrow(/could not be loaded/);
    expect(registeredFullOverlay()).toBeUndefined();
    // An answer without the registration (injected into another document) is a failure too.
    await expect(loadFullOverlay(async () => ({ ok: true }))).rejects.toThrow();
    const send = vi.fn(async () => {
      registerFullOverlay(overlay);
      return { ok: true };
    });
    expect(await loadFullOverlay(send)).toBe(overlay);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
