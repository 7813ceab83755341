import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.thread-status', () => {
  const { observations } = loadFixture('prestashop/moderation-pages.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads the status from the link followed and the thread page that results', () => {
    expect(results[6]).toEqual([]);
    expect(results[7]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'customer-thread', changes: { threadId: '4', status: 'closed' } },
      },
    ]);
  });

  it('reads the status from the page URL when it still carries setstatus', () => {
    expect(results[8]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'customer-thread', changes: { threadId: '5', status: 'pending1' } },
      },
    ]);
  });
});
