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

  it('lets nav-menu-data win over the same field posted alone, the last entry first (as _wp_expand_nav_menu_post_data merges it)', () => {
    // WordPress/wordpress-develop@334e6d3a7277636af474858f4ccd52f5a78c009a:src/wp-admin/includes/nav-menu.php
    // (read 2026-12-07, last page): each entry of the JSON blob is merged into $_POST with
    // array_replace_recursive, in order, so the blob overrides a field of the same name and a
    // later entry overrides an earlier one.
    const [saved] = derivePerObservation(
      [
        {
          type: 'request',
          method: 'POST',
          path: '/wp-admin/nav-menus.php',
          query: { action: 'edit', menu: '5' },
          body: {
            action: 'update',
            menu: '5',
            'menu-name': 'Ancien nom',
            'menu-item-title[51]': 'Ancien titre',
            'nav-menu-data': JSON.stringify([
              { name: 'menu-name', value: 'Premier' },
              { name: 'menu-item-title[51]', value: 'Contact' },
              { name: 'menu-item-position[51]', value: '1' },
              { name: 'menu-name', value: 'Nouveau nom' },
            ]),
          },
          status: 200,
          url: 'http://127.0.0.1:8081/wp-admin/nav-menus.php?action=edit&menu=5',
          time: 5000,
        },
      ],
      ['wordpress'],
    );
    expect(saved![0]!.data).toEqual({
      area: 'menus',
      changes: { menuId: '5', menuName: 'Nouveau nom', items: ['Contact'] },
    });
  });

  it('records no locations WordPress refused: menu-locations-save answers « -1 » (no capability) or « 0 »', () => {
    // wp_ajax_menu_locations_save answers wp_die( 1 ) when saved, -1 / 0 otherwise (status 200).
    expect(observations[2]).toMatchObject({ type: 'request', response: '1' });
    expect(results[8]).toEqual([]);
  });
});
