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

describe('a thing’s end-state read vouches for its earlier page-reported events', () => {
  const content = (id: string, seq: number, kind: CaptureEvent['kind'], extra: Partial<CaptureEvent> = {}) =>
    ({ id, seq, kind, data: { contentType: 'post', id: '5' }, unconfirmed: true, ...extra }) as CaptureEvent;

  it('counts a publication corrected a moment later, whose only read followed the correction', () => {
    const published = content('pub-1:d0', 1, 'content.published');
    const corrected = content('upd-2:d0', 2, 'content.updated');
    const read = event('upd-2:d0:state', {
      kind: 'page.seo',
      seq: 3,
      relatesTo: 'upd-2:d0',
    } as Partial<CaptureEvent>);
    const later = content('upd-4:d0', 4, 'content.updated');
    const otherPost = {
      ...content('pub-0:d0', 0, 'content.published'),
      data: { contentType: 'post', id: '6' },
    };
    expect(
      countableEvents([otherPost, published, corrected, read, later] as CaptureEvent[]).map((e) => e.id),
    ).toEqual(['pub-1:d0', 'upd-2:d0', 'upd-2:d0:state']);
  });
});
