import { describe, expect, it } from 'vitest';
import { createUntrustedMonitor } from './integrity.ts';

describe('untrusted monitor', () => {
  it('warns once on a burst of untrusted events, then waits for the cooldown', () => {
    let clock = 0;
    const observe = createUntrustedMonitor({
      now: () => clock,
      threshold: 3,
      windowMs: 1000,
      cooldownMs: 60_000,
    });
    expect(observe(false, 'ui.clicked')).toBeNull();
    expect(observe(true, 'ui.clicked')).toBeNull();
    expect(observe(false, 'ui.clicked')).toBeNull();
    const warning = observe(false, 'ui.clicked');
    expect(warning).toContain('ui.clicked');
    expect(observe(false, 'ui.clicked')).toBeNull();
    clock = 61_000;
    expect(observe(false, 'form.submitted')).toBeNull();
    observe(false, 'form.submitted');
    expect(observe(false, 'form.submitted')).toContain('form.submitted');
  });

  it('does not call sparse untrusted events a burst', () => {
    let clock = 0;
    const observe = createUntrustedMonitor({ now: () => clock, threshold: 3, windowMs: 1000 });
    const results = [0, 2000, 4000, 6000].map((at) => {
      clock = at;
      return observe(false, 'ui.clicked');
    });
    expect(results.every((result) => result === null)).toBe(true);
  });
});
