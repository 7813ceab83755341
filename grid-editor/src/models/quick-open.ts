/**
 * The quick input's lists (command palette, quick open, pickers): what matches what the user
 * typed. Matching ignores case, accents and word order: « regle mot » finds « Mot-clé dans le
 * titre — règle ». Quick open lists every part of every open document, by its outline.
 */
import type { EditorDocument } from './document.ts';
import { flatten, type OutlineNode } from './outline.ts';

export interface QuickItem {
  /** What accepting the item acts on (a command id, `file\u0000path`, a theme…). */
  id: string;
  label: string;
  /** Secondary text on the same line (a file, a keybinding's place). */
  description?: string;
  /** Keybinding shown on the right. */
  keys?: string;
  /** Shown but not runnable now (a command that needs a subject open…). */
  disabled?: boolean;
  icon?: string;
}

export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Items whose label and description hold every word typed, best first (label starts, then label holds). */
export const filterItems = <T extends QuickItem>(items: readonly T[], query: string): T[] => {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const label = fold(item.label);
    const haystack = `${label} ${fold(item.description ?? '')} ${fold(item.id)}`;
    if (!words.every((word) => haystack.includes(word))) return;
    const at = label.indexOf(words[0]!);
    const score = at === 0 ? 0 : at > 0 ? 1 : 2;
    scored.push({ item, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map(({ item }) => item);
};

export const partId = (file: string, path: string): string => `${file}\u0000${path}`;

export const readPartId = (id: string): { file: string; path: string } => {
  const at = id.indexOf('\u0000');
  return at < 0 ? { file: id, path: '' } : { file: id.slice(0, at), path: id.slice(at + 1) };
};

/** Every part of every document, labelled as the explorer labels it. */
export const partItems = (
  documents: readonly EditorDocument[],
  outline: (doc: EditorDocument) => OutlineNode,
  label: (node: OutlineNode) => string,
  icon: (node: OutlineNode) => string,
): QuickItem[] =>
  documents.flatMap((doc) =>
    flatten(outline(doc))
      .filter((node) => node.type !== 'group')
      .map((node) => ({
        id: partId(doc.name, node.path),
        label: node.path === '' ? doc.name : label(node),
        description: node.path === '' ? label(node) : `${doc.name}${node.detail ? ` · ${node.detail}` : ''}`,
        icon: icon(node),
      })),
  );
