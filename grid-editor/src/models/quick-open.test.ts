import { describe, expect, it } from 'vitest';
import { createDocument } from './document.ts';
import { outlineOf } from './outline.ts';
import { filterItems, partItems, readPartId } from './quick-open.ts';
import { subject } from './test-documents.ts';

describe('quick open', () => {
  const items = [
    { id: 'a', label: 'Mot-clé dans le titre', description: 'règle' },
    { id: 'b', label: 'Article publié', description: 'règle' },
    { id: 'c', label: 'Titre SEO', description: 'règle' },
  ];

  it('matches every word typed, ignoring case and accents, label starts first', () => {
    expect(filterItems(items, 'titre').map((i) => i.id)).toEqual(['c', 'a']);
    expect(filterItems(items, 'REGLE mot').map((i) => i.id)).toEqual(['a']);
    expect(filterItems(items, '').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(filterItems(items, 'publie').map((i) => i.id)).toEqual(['b']);
  });

  it('lists every part of the open documents', () => {
    const doc = createDocument('sujet.json', 'subject', subject);
    const parts = partItems(
      [doc],
      (d) => outlineOf(d.kind, d.value),
      (node) => node.label,
      () => 'x',
    );
    expect(parts.map((p) => readPartId(p.id).path)).toEqual([
      '',
      'questions[0]',
      'questions[0].rules[0]',
      'annexes[0]',
      'variables[0]',
    ]);
    expect(readPartId(parts[2]!.id)).toEqual({ file: 'sujet.json', path: 'questions[0].rules[0]' });
  });
});
