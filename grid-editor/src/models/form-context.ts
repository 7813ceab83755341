/**
 * What the forms of a document offer to choose from: the grid's criteria, the catalogue's
 * compétences opérationnelles, the subject's variables, annexes and rule ids, and the rule
 * test results to show next to each rule. Read from the draft (a package holds its own grid
 * and catalogue; a subject uses the open ones it names, or the national ones).
 */
import { CATALOGUES, DEFAULT_GRID } from '../../../shared/grid/index.ts';
import type { EditorDocument } from './document.ts';
import { asArray, asRecord, getAt } from './json-path.ts';
import type { RuleTest, TestRun } from './rule-test.ts';
import { ruleIds } from './templates.ts';
import { gridCriteria } from './validate.ts';
import { subjectBase } from './workspace.ts';

export interface Choice {
  id: string;
  label: string;
}

export interface FormContext {
  criteria: Choice[];
  entries: Choice[];
  variables: string[];
  annexes: Choice[];
  ruleIds: string[];
  /** Where the subject is in the document (`undefined`: none). */
  subjectBase: string | undefined;
  cms: string;
  /** Rule test results by rule path, when a recording is open and this document is tested. */
  tests: ReadonlyMap<string, RuleTest>;
}

const choices = (items: unknown, label: string): Choice[] =>
  asArray(items).flatMap((item) => {
    const record = asRecord(item);
    return typeof record.id === 'string'
      ? [{ id: record.id, label: typeof record[label] === 'string' ? (record[label] as string) : record.id }]
      : [];
  });

export const formContext = (
  doc: EditorDocument,
  documents: readonly EditorDocument[] = [],
  run?: TestRun,
): FormContext => {
  const value = asRecord(doc.value);
  const base = subjectBase(doc.kind);
  const subject = asRecord(base === undefined ? undefined : base ? getAt(value, base) : value);
  const openDoc = (kind: 'grid' | 'catalogue', id: unknown) =>
    documents.find((d) => d.kind === kind && asRecord(d.value).id === id)?.value;

  let grid: unknown;
  let catalogue: unknown;
  if (doc.kind === 'subject-package') {
    grid = value.grid;
    catalogue = value.catalogue;
  } else if (doc.kind === 'subject') {
    grid = openDoc('grid', subject.gridId) ?? DEFAULT_GRID;
    catalogue =
      openDoc('catalogue', subject.catalogueId) ??
      CATALOGUES.find((c) => c.id === subject.catalogueId || (!subject.catalogueId && c.cms === subject.cms));
  } else if (doc.kind === 'catalogue') {
    grid = documents.find((d) => d.kind === 'grid')?.value ?? DEFAULT_GRID;
  } else if (doc.kind === 'grid') {
    grid = value;
  }

  const tests = new Map<string, RuleTest>();
  for (const question of run?.questions ?? []) for (const rule of question.rules) tests.set(rule.path, rule);

  return {
    criteria: gridCriteria(grid).map(({ id, label }) => ({ id, label })),
    entries: choices(asRecord(catalogue).entries, 'label'),
    variables: asArray(subject.variables)
      .map((v) => asRecord(v).name)
      .filter((name): name is string => typeof name === 'string'),
    annexes: choices(subject.annexes, 'title'),
    ruleIds: ruleIds(subject),
    subjectBase: base,
    cms: typeof subject.cms === 'string' ? subject.cms : typeof value.cms === 'string' ? value.cms : 'other',
    tests,
  };
};
