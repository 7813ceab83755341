/**
 * The explorer's view of a document: a tree of the parts a designer works on, each node
 * carrying the JSON path of the part, so that the editor, the problems and quick open can
 * find « the place ». Pure data, built from drafts that may be half-written: labels come from
 * the document (empty when missing), group names are keys the view translates.
 */
import type { DocumentKind } from '../../../shared/schema/index.ts';
import { asArray, asRecord, isWithin, parsePath } from './json-path.ts';

export type OutlineGroup = 'competences' | 'questions' | 'rules' | 'annexes' | 'variables' | 'entries';

export type OutlineNodeType =
  | 'document'
  | 'group'
  | 'competence'
  | 'subCompetence'
  | 'criterion'
  | 'question'
  | 'rule'
  | 'annex'
  | 'variable'
  | 'entry';

export interface OutlineNode {
  type: OutlineNodeType;
  /** JSON path of the part inside the opened file (`""` for the file itself). */
  path: string;
  /** Text from the document; empty for groups, which the view names from `group`. */
  label: string;
  /** A short secondary text (an id, a criterion list…). */
  detail?: string;
  /** Which document kind a `document` node is (a package holds three). */
  kind?: DocumentKind;
  group?: OutlineGroup;
  children: OutlineNode[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string =>
  asArray(value)
    .filter((item) => typeof item === 'string')
    .join(', ');

const join = (base: string, key: string | number): string =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;

const group = (name: OutlineGroup, path: string, children: OutlineNode[]): OutlineNode => ({
  type: 'group',
  path,
  label: '',
  group: name,
  children,
});

/** One leaf per item of a list, labelled and detailed by two of the item's fields. */
const leaves = (
  type: OutlineNodeType,
  items: unknown,
  path: string,
  label: string,
  detail: string,
): OutlineNode[] =>
  asArray(items).map((item, i) => ({
    type,
    path: join(path, i),
    label: text(asRecord(item)[label]),
    detail: text(asRecord(item)[detail]),
    children: [],
  }));

export const gridOutline = (input: unknown, at = ''): OutlineNode => {
  const grid = asRecord(input);
  return {
    type: 'document',
    kind: 'grid',
    path: at,
    label: text(grid.title),
    detail: text(grid.id),
    children: asArray(grid.competences).map((item, ci) => {
      const competence = asRecord(item);
      const competencePath = join(join(at, 'competences'), ci);
      return {
        type: 'competence',
        path: competencePath,
        label: text(competence.label),
        children: asArray(competence.subCompetences).map((subItem, si) => {
          const sub = asRecord(subItem);
          const subPath = join(join(competencePath, 'subCompetences'), si);
          return {
            type: 'subCompetence',
            path: subPath,
            label: text(sub.label),
            children: leaves('criterion', sub.criteria, join(subPath, 'criteria'), 'id', 'label'),
          };
        }),
      };
    }),
  };
};

export const subjectOutline = (input: unknown, at = ''): OutlineNode => {
  const subject = asRecord(input);
  return {
    type: 'document',
    kind: 'subject',
    path: at,
    label: text(subject.title),
    detail: `${text(subject.letter)} · ${text(subject.cms)}`,
    children: [
      group(
        'questions',
        join(at, 'questions'),
        asArray(subject.questions).map((item, qi) => {
          const question = asRecord(item);
          const questionPath = join(join(at, 'questions'), qi);
          const number = typeof question.number === 'number' ? `${question.number}. ` : '';
          return {
            type: 'question',
            path: questionPath,
            label: `${number}${text(question.title)}`,
            detail: list(question.criteria),
            children: leaves('rule', question.rules, join(questionPath, 'rules'), 'title', 'kind'),
          };
        }),
      ),
      group(
        'annexes',
        join(at, 'annexes'),
        leaves('annex', subject.annexes, join(at, 'annexes'), 'title', 'type'),
      ),
      group(
        'variables',
        join(at, 'variables'),
        leaves('variable', subject.variables, join(at, 'variables'), 'name', 'value'),
      ),
    ],
  };
};

export const catalogueOutline = (input: unknown, at = ''): OutlineNode => {
  const catalogue = asRecord(input);
  return {
    type: 'document',
    kind: 'catalogue',
    path: at,
    label: text(catalogue.title),
    detail: text(catalogue.cms),
    children: leaves('entry', catalogue.entries, join(at, 'entries'), 'label', 'id'),
  };
};

export const packageOutline = (input: unknown): OutlineNode => {
  const pkg = asRecord(input);
  const subject = asRecord(pkg.subject);
  return {
    type: 'document',
    kind: 'subject-package',
    path: '',
    label: text(subject.title),
    detail: text(subject.id),
    children: [
      gridOutline(pkg.grid, 'grid'),
      catalogueOutline(pkg.catalogue, 'catalogue'),
      subjectOutline(pkg.subject, 'subject'),
    ],
  };
};

const titleOf = (value: unknown): string => {
  const record = asRecord(value);
  if (typeof record.title === 'string') return record.title;
  if (typeof record.id === 'string') return record.id;
  return '';
};

/** The outline of any document draft; kinds without parts show as a single node. */
export const outlineOf = (kind: DocumentKind, document: unknown): OutlineNode => {
  switch (kind) {
    case 'grid':
      return gridOutline(document);
    case 'subject':
      return subjectOutline(document);
    case 'catalogue':
      return catalogueOutline(document);
    case 'subject-package':
      return packageOutline(document);
    default:
      return { type: 'document', kind, path: '', label: titleOf(document), children: [] };
  }
};

/** Every node, depth first (the explorer's order). */
export const flatten = (node: OutlineNode): OutlineNode[] => [node, ...node.children.flatMap(flatten)];

/** The node whose path is `path`. */
export const nodeAt = (root: OutlineNode, path: string): OutlineNode | undefined =>
  flatten(root).find((node) => node.path === path);

/**
 * The deepest node that holds `path` — the part whose form shows the value at `path`
 * (`questions[0].rules[1].where[0].value` → the rule `questions[0].rules[1]`).
 */
export const locate = (root: OutlineNode, path: string): OutlineNode => {
  let best = root;
  let depth = -1;
  const target = parsePath(path).length;
  for (const node of flatten(root)) {
    const length = parsePath(node.path).length;
    if (length > depth && length <= target && isWithin(path, node.path)) {
      best = node;
      depth = length;
    }
  }
  return best;
};

/** The chain of nodes from the root to `node` (breadcrumbs). */
export const ancestry = (root: OutlineNode, path: string): OutlineNode[] =>
  flatten(root).filter((node) => isWithin(path, node.path) && (node.path !== '' || node === root));
