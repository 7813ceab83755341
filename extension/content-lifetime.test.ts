import { describe, expect, it } from 'vitest';
import { extensionLifetime } from './content-lifetime.ts';

/** WXT's context as far as the lifetime uses it: invalidation callbacks. */
const fakeContext = () => {
  const callbacks: (() => void)[] = [];
  return {
    onInvalidated: (callback: () => void) => void callbacks.push(callback),
    invalidate: () => {
      for (const callback of callbacks) callback();
    },
  };
};

describe('a content script’s lifetime', () => {
  it('outlives an invalidation the page forged while the extension is alive', () => {
    const ctx = fakeContext();
    const lifetime = extensionLifetime(ctx, () => true);
    ctx.invalidate();
    expect(lifetime.aborted).toBe(false);
  });

  it('ends when the extension’s context is really gone (reload, update)', () => {
    const ctx = fakeContext();
    let alive = true;
    const lifetime = extensionLifetime(ctx, () => alive);
    alive = false;
    ctx.invalidate();
    expect(lifetime.aborted).toBe(true);
  });
});
