import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../schema/event.ts';
import { countableEvents } from './confirmed.ts';

const event = (id: string, extra: Partial<CaptureEvent> = {}) =>
  ({ id, kind: 'content.published', ...extra }) as CaptureEvent;

describe('countable evidence', () => {
  it('keeps every event when none is unconfirmed (the same list)', () => {
    const events = [event('a-00000001'), event('b-00000001')];
    expect(countableEvents(events)).toBe(events);
  });

  it('drops page-reported events until the extension’s own end-state read relates to them', () => {
    const forged = event('hook-0001', { unconfirmed: true });
    const confirmedLater = event('hook-0002', { unconfirmed: true });
    const snapshot = event('state-0002', {
      kind: 'page.seo',
      relatesTo: 'hook-0002',
    } as Partial<CaptureEvent>);
    const selfConfirmed = event('hook-0003', { unconfirmed: true });
    const pageVouching = event('hook-0004', { unconfirmed: true, relatesTo: 'hook-0003' });
    expect(
      countableEvents([forged, confirmedLater, snapshot, selfConfirmed, pageVouching]).map((e) => e.id),
    ).toEqual(['hook-0002', 'state-0002']);
  });
});
