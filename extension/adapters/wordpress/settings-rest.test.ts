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

  it('reads a published changeset from `customized`, as the Customizer’s Publish sends it', () => {
    // previewer.save() posts the dirty values as `customized` ({ id: value }), not the
    // changeset data; results[7] above is that request.
    expect(observations[7]).toMatchObject({ type: 'request', body: { customized: expect.any(String) } });
    expect(JSON.stringify(observations[7])).not.toContain('customize_changeset_data');
    expect(results[7]).toHaveLength(3);
  });

  it('ignores an autosaved draft of the changeset', () => {
    expect(results[8]).toEqual([]);
  });

  it('ignores a publish WordPress refused (200 with success: false)', () => {
    expect(results[9]).toEqual([]);
  });

  it('lets the changeset data win over `customized` for the same setting, as save_changeset_post does', () => {
    const publish = loadFixture('wordpress/settings.json').observations[7];
    if (publish?.type !== 'request') throw new Error('observation 7 is the Customizer publish');
    const body = {
      ...publish.body,
      customize_changeset_data: JSON.stringify({ blogname: { value: 'Oléane' } }),
    };
    const [events] = derivePerObservation([{ ...publish, body }], ['wordpress']);
    expect(events![0]).toEqual({
      kind: 'settings.changed',
      data: { area: 'general', changes: { blogname: 'Oléane' } },
    });
  });
});
