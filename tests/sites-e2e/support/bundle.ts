/** Reading an exported bundle: its events by kind, and the network requests it recorded. */
import { expect, it } from 'vitest';
import type { CaptureEvent, EventOf, EvidenceBundle } from '../../../shared/schema/index.ts';

export type NetRequest = EventOf<'net.request'>;

export const eventsOf = <K extends CaptureEvent['kind']>(bundle: EvidenceBundle | undefined, kind: K) =>
  (bundle?.events ?? []).filter((event): event is EventOf<K> => event.kind === kind);

export interface RequestPattern {
  /** Accepted methods. WordPress's apiFetch sends POST with `X-HTTP-Method-Override: PUT`. */
  methods: string[];
  path: RegExp;
  /** A form or JSON field the request must carry (in its body, or its query string). */
  field?: [name: string, value: string | RegExp];
}

const fieldValue = (request: NetRequest, name: string): unknown =>
  request.data.body?.[name] ?? request.data.query[name];

export const matches = (request: NetRequest, pattern: RequestPattern) => {
  if (!pattern.methods.includes(request.data.method.toUpperCase())) return false;
  if (!pattern.path.test(request.data.path)) return false;
  if (!pattern.field) return true;
  const [name, expected] = pattern.field;
  const value = fieldValue(request, name);
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  return typeof expected === 'string' ? String(value) === expected : expected.test(String(value));
};

export const requestsLike = (bundle: EvidenceBundle | undefined, pattern: RequestPattern) =>
  eventsOf(bundle, 'net.request').filter((request) => matches(request, pattern));

/** One line per recorded request, for failure messages and the report. */
export const describeRequests = (bundle: EvidenceBundle | undefined) =>
  eventsOf(bundle, 'net.request')
    .map((r) => `${r.data.method} ${r.data.path} ${r.data.status ?? ''}`.trim())
    .join('\n') || '(no net.request event in the bundle)';

export const kindsSummary = (bundle: EvidenceBundle | undefined) => {
  const counts = new Map<string, number>();
  for (const event of bundle?.events ?? []) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind}×${n}`).join(', ');
};

/**
 * Declares one test per expected request: `expectRequest('the login', () => pattern)`. A failure
 * lists the kinds of events and every request the bundle recorded, to see what was captured.
 */
export const requestTests =
  (bundleOf: () => EvidenceBundle) =>
  (what: string, pattern: () => RequestPattern, atLeast = 1) =>
    it(`has the net.request of: ${what}`, () => {
      const bundle = bundleOf();
      const found = requestsLike(bundle, pattern());
      expect(
        found.length,
        `expected ≥ ${atLeast} request(s) like ${JSON.stringify(pattern(), (_, v) => (v instanceof RegExp ? String(v) : v))}\n` +
          `events: ${kindsSummary(bundle)}\nrecorded requests:\n${describeRequests(bundle)}`,
      ).toBeGreaterThanOrEqual(atLeast);
    });
