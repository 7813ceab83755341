/**
 * The explorer's view of a document: a tree of the parts a designer works on, each node
 * carrying the JSON path of the part so that a later editor can open « the place ».
 * Pure data: labels come from the document, group names are keys the view translates.
 */
import type {
  Catalogue,
  DocumentKind,
  DocumentOf,
  Grid,
  Subject,
  SubjectPackage,
} from '../../../shared/schema/index.ts';

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

const join = (base: string, key: string | number): string =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;

const group = (name: OutlineGroup, path: string, children: OutlineNode[]): OutlineNode => ({
  type: 'group',
  path,
  label: '',
  group: name,
  children,
});

export const gridOutline = (grid: Grid, at = ''): OutlineNode => ({
  type: 'document',
  kind: 'grid',
  path: at,
  label: grid.title,
  detail: grid.id,
  children: grid.competences.map((competence, ci) => {
    const competencePath = join(join(at, 'competences'), ci);
    return {
      type: 'competence',
      path: competencePath,
      label: competence.label,
      children: competence.subCompetences.map((sub, si) => {
        const subPath = join(join(competencePath, 'subCompetences'), si);
        return {
          type: 'subCompetence',
          path: subPath,
          label: sub.label,
          children: sub.criteria.map((criterion, ki) => ({
            type: 'criterion',
            path: join(join(subPath, 'criteria'), ki),
            label: criterion.id,
            detail: criterion.label,
            children: [],
          })),
        };
      }),
    };
  }),
});

export const subjectOutline = (subject: Subject, at = ''): OutlineNode => ({
  type: 'document',
  kind: 'subject',
  path: at,
  label: subject.title,
  detail: `${subject.letter} · ${subject.cms}`,
  children: [
    group(
      'questions',
      join(at, 'questions'),
      subject.questions.map((question, qi) => {
        const questionPath = join(join(at, 'questions'), qi);
        return {
          type: 'question',
          path: questionPath,
          label: `${question.number}. ${question.title}`,
          detail: question.criteria.join(', '),
          children: question.rules.map((rule, ri) => ({
            type: 'rule',
            path: join(join(questionPath, 'rules'), ri),
            label: rule.title,
            detail: rule.kind,
            children: [],
          })),
        };
      }),
    ),
    group(
      'annexes',
      join(at, 'annexes'),
      subject.annexes.map((annex, i) => ({
        type: 'annex',
        path: join(join(at, 'annexes'), i),
        label: annex.title,
        detail: annex.type,
        children: [],
      })),
    ),
    group(
      'variables',
      join(at, 'variables'),
      subject.variables.map((variable, i) => ({
        type: 'variable',
        path: join(join(at, 'variables'), i),
        label: variable.name,
        detail: variable.value,
        children: [],
      })),
    ),
  ],
});

export const catalogueOutline = (catalogue: Catalogue, at = ''): OutlineNode => ({
  type: 'document',
  kind: 'catalogue',
  path: at,
  label: catalogue.title,
  detail: catalogue.cms,
  children: catalogue.entries.map((entry, i) => ({
    type: 'entry',
    path: join(join(at, 'entries'), i),
    label: entry.label,
    detail: entry.id,
    children: [],
  })),
});

export const packageOutline = (pkg: SubjectPackage): OutlineNode => ({
  type: 'document',
  kind: 'subject-package',
  path: '',
  label: pkg.subject.title,
  detail: pkg.subject.id,
  children: [
    gridOutline(pkg.grid, 'grid'),
    catalogueOutline(pkg.catalogue, 'catalogue'),
    subjectOutline(pkg.subject, 'subject'),
  ],
});

const titleOf = (value: unknown): string => {
  const record = value as { title?: unknown; id?: unknown };
  if (typeof record.title === 'string') return record.title;
  if (typeof record.id === 'string') return record.id;
  return '';
};

/** The outline of any valid document; kinds without parts yet show as a single node. */
export const outlineOf = <K extends DocumentKind>(kind: K, document: DocumentOf<K>): OutlineNode => {
  switch (kind) {
    case 'grid':
      return gridOutline(document as Grid);
    case 'subject':
      return subjectOutline(document as Subject);
    case 'catalogue':
      return catalogueOutline(document as Catalogue);
    case 'subject-package':
      return packageOutline(document as SubjectPackage);
    default:
      return { type: 'document', kind, path: '', label: titleOf(document), children: [] };
  }
};
