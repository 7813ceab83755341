import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.settings-form', () => {
  it('reports the settings under WordPress option names', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[8]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'general',
          changes: { blogname: 'Les Jardins d’Oléane', blogdescription: 'Thés et infusions à Annecy' },
        },
      },
      { kind: 'settings.changed', data: { area: 'discussion', changes: { comment_moderation: true } } },
    ]);
  });
});
