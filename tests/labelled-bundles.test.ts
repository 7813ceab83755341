/**
 * The labelled set (tests/labelled/) is read raw by `npm run bench:agreement`: every recorded
 * bundle must hold events the strict schema accepts as they are today (a bundle recorded before
 * a payload field existed is re-recorded, never patched by hand), one bundle per planned session.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureEvent } from '../shared/schema/event.ts';
import { ALL_VARIANT_IDS, ALL_PLANS as PLANS } from './labelled/plans.ts';

const DIR = join(import.meta.dirname, 'labelled/bundles');

describe.each(PLANS.map((plan) => [plan.id, plan] as const))('labelled session %s', (id, plan) => {
  it('has a recorded bundle whose events the strict schema accepts', () => {
    const file = join(DIR, `${id}.json`);
    expect(existsSync(file), `${id}.json recorded`).toBe(true);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
      id: string;
      family: string;
      events: unknown[];
    };
    expect(bundle).toMatchObject({ id, family: plan.family });
    const problems = bundle.events.flatMap((event, i) => {
      const parsed = CaptureEvent.safeParse(event);
      return parsed.success ? [] : [`event ${i}: ${parsed.error.issues[0]?.message}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('labelled variants', () => {
  it('have ids unique across the three sets (a shared id would give one set the other’s label and script)', () => {
    const ids = ALL_VARIANT_IDS;
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('name sessions uniquely across the sets (a shared session id records two plans into one bundle)', () => {
    const ids = PLANS.map((plan) => plan.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
