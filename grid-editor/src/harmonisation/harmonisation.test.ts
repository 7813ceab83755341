/** The view's pure parts: strings, chart geometry and evidence lines (components run in the e2e test). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEvent, eventLine, formatElapsed } from '../../../shared/evidence/describe.ts';
import type { CaptureEvent } from '../../../shared/schema/event.ts';
import { boxShape, levelSegments, linearScale, markDots, percentages, ticks } from './charts.ts';
import { countOf, HZ_MESSAGES, hz } from './i18n.ts';

describe('harmonisation strings', () => {
  it('say everything in French and in English, with the same parameters', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(HZ_MESSAGES.fr) as (keyof typeof HZ_MESSAGES.fr)[]) {
      expect(HZ_MESSAGES.en[key], key).toBeTruthy();
      expect(params(HZ_MESSAGES.en[key]), key).toEqual(params(HZ_MESSAGES.fr[key]));
    }
    expect(hz('fr', 'import.progress', { done: 3, total: 60 })).toBe('Import : 3 / 60 fichiers');
  });

  it('count in each language’s grammar', () => {
    expect(countOf('fr', 1, 'assessment')).toBe('1 évaluation');
    expect(countOf('fr', 0, 'subject')).toBe('0 sujet');
    expect(countOf('fr', 2, 'bundle')).toBe('2 fichiers de preuves');
    expect(countOf('en', 0, 'subject')).toBe('0 subjects');
    expect(countOf('en', 1, 'duplicate')).toBe('1 duplicate counted once');
  });
});

describe('chart geometry', () => {
  it('maps marks onto the axis', () => {
    const x = linearScale([0, 20], [100, 500]);
    expect([x(0), x(10), x(20)]).toEqual([100, 300, 500]);
    expect(ticks(0, 20, 2)).toHaveLength(11);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('draws a box in order: min ≤ Q1 ≤ median ≤ Q3 ≤ max', () => {
    const x = linearScale([0, 20], [0, 400]);
    const shape = boxShape({ n: 5, mean: 10, median: 10, sd: 3, min: 6, max: 14, q1: 8, q3: 12, iqr: 4 }, x)!;
    expect([shape.min, shape.q1, shape.median, shape.q3, shape.max]).toEqual([120, 160, 200, 240, 280]);
    expect(boxShape({ n: 0, mean: 0, median: 0, sd: 0, min: 0, max: 0, q1: 0, q3: 0, iqr: 0 }, x)).toBeNull();
  });

  it('gives every mark a dot, equal marks spread apart', () => {
    const dots = markDots([10, 10, 10, 12], linearScale([0, 20], [0, 200]), 50);
    expect(dots).toHaveLength(4);
    expect(new Set(dots.filter((d) => d.cx === 100).map((d) => d.cy)).size).toBe(3);
  });

  it('stacks level shares to exactly the whole, and whole percentages to 100', () => {
    const counts = fc.record({
      TI: fc.nat(50),
      I: fc.nat(50),
      S: fc.nat(50),
      TS: fc.nat(50),
    });
    fc.assert(
      fc.property(counts, (c) => {
        const segments = levelSegments(c);
        const total = c.TI + c.I + c.S + c.TS;
        if (total === 0) {
          expect(segments).toEqual([]);
          return;
        }
        const last = segments[segments.length - 1]!;
        expect(last.start + last.share).toBeCloseTo(1, 12);
        const p = percentages(c);
        expect(p.TI + p.I + p.S + p.TS).toBe(100);
        for (const level of ['TI', 'I', 'S', 'TS'] as const)
          expect(Math.abs(p[level] - (c[level] * 100) / total)).toBeLessThan(1);
      }),
    );
  });
});

describe('evidence lines', () => {
  const base = {
    id: 'evt-1-001',
    seq: 3,
    time: 0,
    elapsedMs: 332_000,
    url: 'http://x/',
    questionId: 'q1',
    trusted: true,
    hash: '0'.repeat(64),
  };

  it('say what happened, keeping the candidate’s text exactly (it is shown as text)', () => {
    const event = {
      ...base,
      kind: 'content.published',
      data: {
        cms: 'wordpress',
        contentType: 'post',
        id: '42',
        title: 'Thé <img src=x onerror=alert(1)>',
        slug: 'the',
        wordCount: 164,
      },
    } as CaptureEvent;
    expect(eventLine(event, 'fr')).toBe(
      '#3 · 05:32 · A publié l’article « Thé <img src=x onerror=alert(1)> » (164 mots)',
    );
    expect(describeEvent(event, 'en')).toBe(
      'Published the post “Thé <img src=x onerror=alert(1)>” (164 words)',
    );
    const note = {
      ...base,
      kind: 'task.noteSaved',
      data: { questionId: 'q1', text: 'x'.repeat(1000), length: 1000 },
    } as CaptureEvent;
    expect(describeEvent(note, 'fr').length).toBeLessThanOrEqual(300);
    const masked = {
      ...base,
      kind: 'ui.changed',
      data: { name: 'pwd', type: 'password', masked: true, length: 8 },
    } as CaptureEvent;
    expect(describeEvent(masked, 'fr')).toBe('A rempli le champ « pwd » (valeur masquée, 8 caractères)');
  });

  it('time events from the start of the session', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
