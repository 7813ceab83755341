import { describe, expect, it, vi } from 'vitest';
import { OVERLAY_APP_FILE } from '../overlay/full-overlay.ts';
import { isOverlayLoad, loadOverlay } from './overlay-load.ts';

const ORIGIN = 'chrome-extension://abc/';

describe('overlay.load', () => {
  it('recognises its message only', () => {
    expect(isOverlayLoad({ type: 'overlay.load' })).toBe(true);
    expect(isOverlayLoad({ type: 'session.view' })).toBe(false);
    expect(isOverlayLoad(null)).toBe(false);
  });

  it("injects the overlay's script into the asking tab's top frame", async () => {
    const executeScript = vi.fn(async () => []);
    const sender = { tab: { id: 7 }, frameId: 0, url: 'http://127.0.0.1:8091/wp-admin/' };
    await expect(loadOverlay({ executeScript }, sender, ORIGIN)).resolves.toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: [OVERLAY_APP_FILE],
    });
  });

  it('refuses a sub-frame, an extension page, a sender without a tab, and reports a failed injection', async () => {
    const executeScript = vi.fn(async () => []);
    const page = 'http://127.0.0.1/';
    expect(await loadOverlay({ executeScript }, { tab: { id: 7 }, frameId: 3, url: page }, ORIGIN)).toEqual({
      ok: false,
    });
    expect(
      await loadOverlay(
        { executeScript },
        { tab: { id: 7 }, frameId: 0, url: `${ORIGIN}popup.html` },
        ORIGIN,
      ),
    ).toEqual({
      ok: false,
    });
    expect(await loadOverlay({ executeScript }, { frameId: 0, url: page }, ORIGIN)).toEqual({ ok: false });
    expect(await loadOverlay(undefined, { tab: { id: 7 }, frameId: 0, url: page }, ORIGIN)).toEqual({
      ok: false,
    });
    expect(executeScript).not.toHaveBeenCalled();
    const failing = { executeScript: vi.fn(async () => Promise.reject(new Error('No tab'))) };
    expect(await loadOverlay(failing, { tab: { id: 7 }, frameId: 0, url: page }, ORIGIN)).toEqual({
      ok: false,
    });
  });
});
