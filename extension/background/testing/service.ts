/**
 * Test support: the real session service over fake-indexeddb, with a clock and ids the test
 * controls, and `ask` speaking as the sender main.ts would see. Callers import
 * 'fake-indexeddb/auto' first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../storage/db.ts';
import { withReadCache } from '../../storage/read-cache.ts';
import type { ServiceDeps } from '../service-context.ts';
import { createSessionService } from '../session-service.ts';
import { senderFor } from './sender.ts';

export const TEST_ORIGIN = 'http://127.0.0.1:4300';
export const TEST_START = Date.parse('2026-06-12T08:00:00Z');

export const DEMO_PACKAGE_FILES = {
  'demo-wordpress-a': 'demo-wordpress-a.temoin-subject.json',
  'demo-ecommerce-a': 'demo-ecommerce-a.temoin-subject.json',
} as const;
export type DemoSubjectId = keyof typeof DEMO_PACKAGE_FILES;

/** The text of a demo subject package, as a designer would hand it over. */
export const demoPackageText = (id: DemoSubjectId = 'demo-wordpress-a'): string =>
  readFileSync(join(import.meta.dirname, '../../../demo/subjects', DEMO_PACKAGE_FILES[id]), 'utf8');

let databases = 0;

export const createTestService = async (name: string, deps: Partial<ServiceDeps> = {}) => {
  let clock = TEST_START;
  let ids = 0;
  databases += 1;
  // As main.ts does: the service reads through the cache.
  const rawDb = await openDb(`${name}-${process.pid}-${databases}`);
  const db = withReadCache(rawDb);
  const service = createSessionService({
    db,
    now: () => clock,
    newId: () => {
      ids += 1;
      return `id-${String(ids).padStart(6, '0')}`;
    },
    extensionVersion: '0.1.0',
    referenceOrigins: async () => [TEST_ORIGIN],
    pinIterations: 1000,
    ...deps,
  });
  const ask = (message: unknown, url = `${TEST_ORIGIN}/`) =>
    service.handle(message, senderFor(message, url)) as Promise<Record<string, unknown>>;
  return {
    db,
    /** The same database without this service's cache: what a restarted worker opens. */
    rawDb,
    service,
    ask,
    now: () => clock,
    advance: (ms: number) => {
      clock += ms;
    },
  };
};
