import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.menus', () => {
  const { observations } = loadFixture('wordpress/menus-users-media.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('lists the saved menu items in their order, with the locations', () => {
    expect(results[0]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'menus',
          changes: {
            menuId: '3',
            menuName: 'Menu principal',
            items: ['Accueil', 'Qui sommes-nous ?', 'Boutique'],
            locations: { primary: '3' },
          },
        },
      },
    ]);
  });

  it('reads nav-menu-data when the fields are packed, locations alone, and block navigation', () => {
    expect(results[1]![0]!.data).toEqual({
      area: 'menus',
      changes: { menuId: '0', menuName: 'Pied de page', items: ['Mentions légales'] },
    });
    expect(results[2]![0]!.data).toEqual({
      area: 'menus',
      changes: { locations: { primary: '3', footer: '4' } },
    });
    expect(results[3]![0]!.data).toEqual({
      area: 'menus',
      changes: { menuId: '44', menuName: 'Navigation', items: ['Accueil', 'Blog'] },
    });
  });
});
