import { describe, expect, it } from 'vitest';
import { connect, h } from '../testing/fake-dom.ts';
import { redactUrl } from '../urls.ts';
import {
  accessibleName,
  ancestry,
  describeControl,
  findClickTarget,
  isStableId,
  roleOf,
  selectorOf,
} from './describe.ts';

describe('findClickTarget', () => {
  it('finds the nearest interactive ancestor of the clicked node', () => {
    const icon = h('span', { class: 'icon' });
    const button = h('button', { id: 'publish' }, icon, 'Publier');
    h('div', {}, button);
    expect(findClickTarget(ancestry(icon))).toBe(button);
  });

  it('ignores plain content, text fields and Témoin’s overlay', () => {
    const paragraph = h('p', {}, 'texte');
    h('div', {}, paragraph);
    expect(findClickTarget(ancestry(paragraph))).toBeNull();

    const input = h('input', { type: 'text', name: 'title' });
    h('label', {}, 'Titre', input);
    expect(findClickTarget(ancestry(input))).toBeNull();

    const inner = h('button', {}, 'Fait');
    h('temoin-overlay', {}, h('div', {}, inner));
    expect(findClickTarget(ancestry(inner))).toBeNull();
  });

  it('leaves a label click to the control it activates', () => {
    const box = h('input', { type: 'checkbox', id: 'cgv', name: 'accepte_cgv' });
    const label = h('label', { for: 'cgv' }, 'J’accepte les CGV');
    connect(h('form', {}, box, label));
    expect(findClickTarget(ancestry(label))).toBeNull();
    expect(findClickTarget(ancestry(box))).toBe(box);
    const lonely = h('label', {}, 'Sans contrôle');
    connect(h('div', {}, lonely));
    expect(findClickTarget(ancestry(lonely))).toBe(lonely);
  });

  it('accepts ARIA widgets', () => {
    const tab = h('div', { role: 'tab' }, 'Réglages');
    expect(findClickTarget([tab])).toBe(tab);
    expect(roleOf(tab)).toBe('tab');
  });
});

describe('roleOf', () => {
  it('gives implicit roles', () => {
    expect(roleOf(h('a', { href: '/' }))).toBe('link');
    expect(roleOf(h('button'))).toBe('button');
    expect(roleOf(h('input', { type: 'submit' }))).toBe('button');
    expect(roleOf(h('input', { type: 'checkbox' }))).toBe('checkbox');
    expect(roleOf(h('select'))).toBe('combobox');
    expect(roleOf(h('select', { multiple: true }))).toBe('listbox');
    expect(roleOf(h('summary'))).toBe('button');
    expect(roleOf(h('span', { role: 'menuitem presentation' }))).toBe('menuitem');
  });
});

describe('accessibleName', () => {
  it('prefers aria-labelledby, then aria-label, then content', () => {
    const heading = h('span', { id: 'h' }, 'Corbeille');
    const button = h('button', { 'aria-labelledby': 'h', 'aria-label': 'ignored' }, 'X');
    connect(h('div', {}, heading, button));
    expect(accessibleName(button)).toBe('Corbeille');
    expect(accessibleName(h('button', { 'aria-label': 'Fermer' }, '×'))).toBe('Fermer');
    expect(accessibleName(h('a', { href: '/' }, '  Voir   l’article  '))).toBe('Voir l’article');
  });

  it('uses the value of submit inputs, alt of images, labels of choices', () => {
    expect(accessibleName(h('input', { type: 'submit', props: { value: 'Valider la commande' } }))).toBe(
      'Valider la commande',
    );
    expect(accessibleName(h('input', { type: 'submit' }))).toBe('Envoyer');
    expect(accessibleName(h('a', { href: '/' }, h('img', { alt: 'Accueil' })))).toBe('Accueil');
    const box = h('input', { type: 'checkbox', id: 'c' });
    connect(h('p', {}, box, h('label', { for: 'c' }, 'Newsletter')));
    expect(accessibleName(box)).toBe('Newsletter');
    expect(accessibleName(h('button', { title: 'Supprimer' }))).toBe('Supprimer');
  });

  it('clips long names to 80 characters and hides card numbers', () => {
    const name = accessibleName(h('button', {}, 'a'.repeat(200)));
    expect(name).toHaveLength(80);
    expect(name.endsWith('…')).toBe(true);
    expect(accessibleName(h('button', {}, 'Payer avec 4111 1111 1111 1111'))).not.toContain('4111');
  });
});

describe('selectorOf', () => {
  it('uses stable ids, test ids, names, then classes under a stable ancestor', () => {
    expect(selectorOf(h('button', { id: 'publish' }))).toBe('button#publish');
    expect(selectorOf(h('button', { 'data-testid': 'save' }))).toBe('button[data-testid="save"]');
    expect(selectorOf(h('input', { name: 'accepte_cgv' }))).toBe('input[name="accepte_cgv"]');
    const button = h('button', { class: 'button is-active button-primary css-1x2y3z' });
    h('form', { id: 'post-editor' }, h('div', {}, button));
    expect(selectorOf(button)).toBe('#post-editor button.button.button-primary');
  });

  it('skips generated ids and keeps selectors short', () => {
    expect(isStableId('post-editor')).toBe(true);
    for (const id of [':r1:', 'ember123', 'a1b2c3d4e5f6', 'item-20240101', '1abc'])
      expect(isStableId(id)).toBe(false);
    expect(selectorOf(h('button', { id: ':r5:', class: 'primary' }))).toBe('button.primary');
    expect(selectorOf(h('a', { name: 'x'.repeat(300) })).length).toBeLessThanOrEqual(120);
  });
});

describe('describeControl', () => {
  it('describes a link with its resolved, redacted target', () => {
    const link = h(
      'a',
      {
        href: '/wp-admin/post.php?post=3&_wpnonce=s3cr3t',
        props: { href: 'http://127.0.0.1/wp-admin/post.php?post=3&_wpnonce=s3cr3t' },
      },
      'Corbeille',
    );
    const described = describeControl(link, redactUrl);
    expect(described).toEqual({
      role: 'link',
      name: 'Corbeille',
      tag: 'a',
      selector: 'a',
      href: 'http://127.0.0.1/wp-admin/post.php?post=3&_wpnonce=***',
    });
  });
});
