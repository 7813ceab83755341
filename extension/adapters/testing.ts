/**
 * Test helpers for detectors: load a fixture of real request shapes, run observations through
 * the registry as the background would, check every derived event against its schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import './index.ts';
import { createMemory } from './memory.ts';
import { deriveEvents } from './registry.ts';
import type { AdapterId, DerivedEvent, DetectorContext, Memory, Observation } from './types.ts';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/adapters/', import.meta.url));

export interface Fixture {
  /** Where the shapes come from: product, version, source file or recorded run. */
  _source: string;
  observations: Observation[];
}

export const loadFixture = (path: string): Fixture => {
  const fixture = JSON.parse(readFileSync(FIXTURES + path, 'utf8')) as Fixture;
  expect(fixture._source, `${path} names its source`).toMatch(/\S/);
  return fixture;
};

export const readFixtureText = (path: string): string => readFileSync(FIXTURES + path, 'utf8');

export const testContext = (overrides: Partial<DetectorContext> = {}): DetectorContext => ({
  origin: 'http://127.0.0.1:8081',
  memory: createMemory(),
  requestsObserved: true,
  onError: (id, error) => {
    throw new Error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
  },
  ...overrides,
});

/** Every event is valid for its kind's payload schema (parsed without change). */
export const expectValid = (events: readonly DerivedEvent[]): void => {
  for (const event of events) {
    const parsed = EVENT_PAYLOADS[event.kind].safeParse(event.data);
    expect(parsed.success, `${event.kind}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
  }
};

/** Runs observations in order through the registry, as the background does, sharing one memory. */
export const derive = (
  observations: readonly Observation[],
  adapters: readonly AdapterId[],
  context: DetectorContext = testContext(),
): DerivedEvent[] => {
  const events: DerivedEvent[] = [];
  for (const observation of observations) events.push(...deriveEvents(observation, adapters, context));
  expectValid(events);
  return events;
};

/** Per observation, what it derived (to assert which request made which event). */
export const derivePerObservation = (
  observations: readonly Observation[],
  adapters: readonly AdapterId[],
  memory: Memory = createMemory(),
): DerivedEvent[][] => {
  const context = testContext({ memory });
  return observations.map((observation) => {
    const events = deriveEvents(observation, adapters, context);
    expectValid(events);
    return events;
  });
};
