/**
 * Where each value of a JSON text is: its key's and its value's offsets, by path (the
 * editor's `questions[0].title` form, relative to the text's root). The JSON editor uses it to
 * put a problem of the model under the text it is about, and to know which object the caret
 * is in for completion. It reads Lezer's error-tolerant JSON tree, so a half-typed text still
 * gives the places of everything before the break.
 */
import { jsonLanguage } from '@codemirror/lang-json';
import type { SyntaxNode, Tree } from '@lezer/common';
import { type Path, type Segment, toPath } from './json-path.ts';

export interface Place {
  /** The property name's span (with its quotes); absent for array items and the root. */
  keyFrom?: number;
  keyTo?: number;
  valueFrom: number;
  valueTo: number;
  /** `object`, `array` or the scalar's node name (`String`, `Number`…). */
  type: string;
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

const nameOf = (text: string, node: SyntaxNode): string => {
  const raw = text.slice(node.from, node.to);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
};

const typeOf = (node: SyntaxNode): string =>
  node.name === 'Object' ? 'object' : node.name === 'Array' ? 'array' : node.name;

export const parseJsonTree = (text: string): Tree => jsonLanguage.parser.parse(text);

const childValues = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    if (VALUE_NODES.has(child.name)) out.push(child);
  return out;
};

const propertiesOf = (
  text: string,
  node: SyntaxNode,
): { name: string; key: SyntaxNode; value?: SyntaxNode }[] => {
  const out: { name: string; key: SyntaxNode; value?: SyntaxNode }[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'Property') continue;
    const key = child.getChild('PropertyName');
    if (!key) continue;
    const value = childValues(child)[0];
    out.push({ name: nameOf(text, key), key, ...(value ? { value } : {}) });
  }
  return out;
};

/** Every place of a JSON text, by path (`""` is the root value). */
export const jsonPlaces = (text: string, tree: Tree = parseJsonTree(text)): Map<string, Place> => {
  const places = new Map<string, Place>();
  const visit = (node: SyntaxNode, path: Segment[], key?: SyntaxNode) => {
    places.set(toPath(path), {
      ...(key ? { keyFrom: key.from, keyTo: key.to } : {}),
      valueFrom: node.from,
      valueTo: node.to,
      type: typeOf(node),
    });
    if (node.name === 'Object')
      for (const property of propertiesOf(text, node)) {
        if (property.value) visit(property.value, [...path, property.name], property.key);
        else
          places.set(toPath([...path, property.name]), {
            keyFrom: property.key.from,
            keyTo: property.key.to,
            valueFrom: property.key.from,
            valueTo: property.key.to,
            type: 'missing',
          });
      }
    else if (node.name === 'Array')
      childValues(node).forEach((item, index) => {
        visit(item, [...path, index]);
      });
  };
  const root = childValues(tree.topNode)[0];
  if (root) visit(root, []);
  return places;
};

/** The place of `path`, or of its nearest ancestor that the text has (a missing field: its object). */
export const nearestPlace = (
  places: ReadonlyMap<string, Place>,
  path: Path,
): { place: Place; exact: boolean } | undefined => {
  for (let length = path.length; length >= 0; length -= 1) {
    const place = places.get(toPath(path.slice(0, length)));
    if (place) return { place, exact: length === path.length };
  }
  return undefined;
};

/**
 * The object whose property names may be typed at `pos`: its path and the names it already
 * has. `undefined` when the caret is not where a property name goes.
 */
export const objectAt = (
  text: string,
  pos: number,
  tree: Tree = parseJsonTree(text),
): { path: Segment[]; present: string[] } | undefined => {
  let node: SyntaxNode | null = tree.resolveInner(pos, -1);
  // Inside a property name, or in the blank space of an object.
  if (node.name === 'PropertyName') node = node.parent?.parent ?? null;
  else if (node.name === 'String' && node.parent?.name === 'Object') node = node.parent;
  else if (node.name === '⚠' && node.parent?.name === 'Object') node = node.parent;
  else if (node.name !== 'Object') {
    if (node.name === '{' || node.name === ',') node = node.parent;
    else return undefined;
  }
  if (node?.name !== 'Object') return undefined;
  const path: Segment[] = [];
  let child: SyntaxNode = node;
  for (let parent = child.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property') {
      const key = parent.getChild('PropertyName');
      if (key) path.unshift(nameOf(text, key));
    } else if (parent.name === 'Array')
      path.unshift(childValues(parent).findIndex((n) => n.from === child.from));
  }
  return { path, present: propertiesOf(text, node).map((p) => p.name) };
};
