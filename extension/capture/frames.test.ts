import { describe, expect, it } from 'vitest';
import { type FrameLike, frameToCapture } from './frames.ts';

const REFERENCE = ['http://127.0.0.1:4300'];

const topWindow = (origin: string): FrameLike => {
  const win: { origin: string; top: FrameLike | null } = { origin, top: null };
  win.top = win;
  return win;
};

describe('frameToCapture', () => {
  it('captures the top frame of a reference origin only', () => {
    expect(frameToCapture(topWindow('http://127.0.0.1:4300'), REFERENCE)).toEqual({ topFrame: true });
    expect(frameToCapture(topWindow('http://localhost:4300'), REFERENCE)).toBeNull();
  });

  it('captures same-origin iframes of a reference page, not foreign ones', () => {
    const top = topWindow('http://127.0.0.1:4300');
    expect(frameToCapture({ origin: 'http://127.0.0.1:4300', top }, REFERENCE)).toEqual({ topFrame: false });
    const foreignTop = {
      origin: 'http://evil.example',
      get top(): FrameLike {
        return this;
      },
    };
    expect(frameToCapture({ origin: 'http://127.0.0.1:4300', top: foreignTop }, REFERENCE)).toBeNull();
    const crossOriginTop = {
      get origin(): string {
        throw new Error('SecurityError');
      },
      top: null,
    };
    expect(frameToCapture({ origin: 'http://127.0.0.1:4300', top: crossOriginTop }, REFERENCE)).toBeNull();
  });
});
