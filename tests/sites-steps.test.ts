/**
 * The real-site tests' step helper (tests/sites-e2e/support/exam.ts): a session's steps build on
 * one another, so once one fails the later ones fail at once, naming it, and the failure says
 * where the candidate's tab was — CI's log is all a remote run leaves (stop 27's CI spent its
 * whole budget on one WordPress session waiting out timeouts, and said nothing of why).
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Exam, step } from './sites-e2e/support/exam.ts';

const fakeExam = (evaluate: () => Promise<string>): Exam => {
  const page = { evaluate } as unknown as Page;
  return {
    eb: {} as Exam['eb'],
    popup: page,
    page,
    finish: async () => {
      throw new Error('not in this test');
    },
    screenshot: async () => undefined,
    recentTrouble: () => ['02:00:00.000 console.error: Uncaught TypeError: x is undefined'],
    close: async () => undefined,
  };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a real-site session step', () => {
  it('returns what the step gives when it succeeds', async () => {
    const exam = fakeExam(async () => 'http://site/ (complete)');
    expect(await step(exam, 'login', async () => 7)).toBe(7);
    expect(exam.failedStep).toBeUndefined();
  });

  it('prints the tab’s place and its last troubles, then makes the later steps fail at once', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    const exam = fakeExam(async () => 'http://site/wp-admin/post-new.php (complete)');
    await expect(
      step(exam, 'wp-article', async () => {
        throw new Error('Waiting for selector `.editor-post-publish-button` failed');
      }),
    ).rejects.toThrow(/editor-post-publish-button/);
    expect(printed.join('\n')).toContain('step « wp-article » failed');
    expect(printed.join('\n')).toContain('post-new.php (complete)');
    expect(printed.join('\n')).toContain('Uncaught TypeError');

    let ran = false;
    const started = Date.now();
    await expect(
      step(exam, 'wp-page', async () => {
        ran = true;
      }),
    ).rejects.toThrow('not tried: the earlier step « wp-article » failed');
    expect(ran).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('says the tab does not answer when its renderer is stuck', async () => {
    vi.useFakeTimers();
    try {
      const printed: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
      const exam = fakeExam(() => new Promise<string>(() => undefined));
      const failing = step(exam, 'wp-login', async () => {
        throw new Error('Navigation timeout of 30000 ms exceeded');
      });
      const settled = expect(failing).rejects.toThrow(/Navigation timeout/);
      await vi.advanceTimersByTimeAsync(5_000);
      await settled;
      expect(printed.join('\n')).toContain('NO ANSWER within 5 s');
    } finally {
      vi.useRealTimers();
    }
  });
});
