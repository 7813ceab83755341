import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.settings-rest', () => {
  const { observations } = loadFixture('wordpress/settings.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('maps the site editor tagline to blogdescription', () => {
    expect(results[6]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'general', changes: { blogdescription: 'Thés, infusions et ateliers à Annecy' } },
      },
    ]);
  });

  it('splits a published Customizer changeset by area', () => {
    expect(results[7]).toEqual([
      { kind: 'settings.changed', data: { area: 'general', changes: { blogname: 'Les Jardins d’Oléane' } } },
      {
        kind: 'settings.changed',
        data: {
          area: 'theme:astra',
          changes: { 'astra-settings[breadcrumb-position]': 'astra_header_markup_after' },
        },
      },
      { kind: 'settings.changed', data: { area: 'menus', changes: { 'nav_menu_locations[primary]': 3 } } },
    ]);
  });
});
