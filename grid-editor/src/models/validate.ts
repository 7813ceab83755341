/**
 * A draft's problems, live: the schema's own verdict (`parse`, the same reader the extension
 * uses on import) and the design lints a designer needs while writing — a criterion no
 * question assesses, a question without criteria or without evidence rules, a rule naming an
 * unknown variable, event kind or field, a duplicate id.
 *
 * The reference checks (`checkSubject`) also run on a lenient projection of the draft, so
 * that a rule's unknown variable shows while another part of the subject is still
 * half-written (the schema alone stops at the first shape error).
 */
import { catalogueFor, DEFAULT_GRID } from '../../../shared/grid/index.ts';
import { familyOf } from '../../../shared/rules/index.ts';
import {
  type Catalogue,
  type Condition as ConditionType,
  checkSubject,
  type DocumentKind,
  type EvidenceRule,
  type Grid,
  type Problem,
  parse,
  type Subject,
} from '../../../shared/schema/index.ts';
import { Condition } from '../../../shared/schema/rule.ts';
import { bilingual } from '../i18n.ts';
import { fieldExists, isEventKind } from './event-fields.ts';
import { asArray, asRecord, isRecord, type Path, parsePath, toPath } from './json-path.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface EditorProblem extends Problem {
  severity: Severity;
}

export interface ValidationContext {
  /** The grid a standalone subject is checked against (the national grid by default). */
  grid?: Grid;
  catalogue?: Catalogue;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const at = (
  path: Path,
  code: string,
  severity: Severity,
  message: { fr: string; en: string },
): EditorProblem => ({
  path: toPath(path),
  code,
  severity,
  ...message,
});

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : [];

/** Ids that never match anything, for parts whose id is missing. */
const sentinel = (...where: (string | number)[]): string => `\u0000${where.join('.')}`;

const INERT = new WeakSet<object>();
const inertCondition = (): ConditionType => {
  const condition: ConditionType = { op: 'exists', field: 'kind', value: true };
  INERT.add(condition);
  return condition;
};

const projectRule = (raw: unknown, id: string): EvidenceRule => {
  const rule = asRecord(raw);
  const after = str(rule.after);
  return {
    id: str(rule.id) ?? id,
    title: str(rule.title) ?? '',
    criteria: strings(rule.criteria),
    kind: str(rule.kind) ?? 'nav.visited',
    where: asArray(rule.where).map((condition) => {
      const parsed = Condition.safeParse(condition);
      return parsed.success ? parsed.data : inertCondition();
    }),
    atLeast: 1,
    evidence: rule.evidence === 'state' ? 'state' : 'process',
    weight: 1,
    ...(after === undefined ? {} : { after }),
  };
};

/**
 * The subject as `checkSubject` reads it, whatever the draft's shape: every list keeps its
 * indices (so problem paths point into the draft), missing ids become ids nothing matches.
 */
export const projectSubject = (raw: unknown, grid?: Grid): Subject => {
  const subject = asRecord(raw);
  const catalogueId = str(subject.catalogueId);
  return {
    format: 'temoin.subject/1',
    id: str(subject.id) ?? '',
    title: str(subject.title) ?? '',
    cms: subject.cms === 'prestashop' || subject.cms === 'other' ? subject.cms : 'wordpress',
    letter: 'A',
    company: { name: '', context: '' },
    durationMinutes: 40,
    gridId: str(subject.gridId) ?? grid?.id ?? '',
    ...(catalogueId === undefined ? {} : { catalogueId }),
    variables: asArray(subject.variables).map((variable, i) => ({
      name: str(asRecord(variable).name) ?? sentinel('v', i),
      label: '',
      value: str(asRecord(variable).value) ?? '',
    })),
    annexes: asArray(subject.annexes).map((annex, i) => ({
      id: str(asRecord(annex).id) ?? sentinel('a', i),
      title: '',
      type: 'text' as const,
      text: '',
    })),
    questions: asArray(subject.questions).map((item, qi) => {
      const question = asRecord(item);
      return {
        id: str(question.id) ?? sentinel('q', qi),
        number: qi + 1,
        title: '',
        instructions: '',
        criteria: strings(question.criteria),
        competences: strings(question.competences),
        annexes: strings(question.annexes),
        rules: asArray(question.rules).map((rule, ri) => projectRule(rule, sentinel('r', qi, ri))),
      };
    }),
  };
};

/** Criteria of a grid draft with their paths, whatever its shape. */
export const gridCriteria = (raw: unknown, base: Path = []): { id: string; label: string; path: Path }[] =>
  asArray(asRecord(raw).competences).flatMap((competence, ci) =>
    asArray(asRecord(competence).subCompetences).flatMap((sub, si) =>
      asArray(asRecord(sub).criteria).flatMap((criterion, ki) => {
        const id = str(asRecord(criterion).id);
        return id === undefined
          ? []
          : [
              {
                id,
                label: str(asRecord(criterion).label) ?? '',
                path: [...base, 'competences', ci, 'subCompetences', si, 'criteria', ki],
              },
            ];
      }),
    ),
  );

/** A grid as `checkSubject` needs it (ids and criteria), from a draft. */
const projectGrid = (raw: unknown): Grid => {
  const parsed = parse('grid', raw);
  if (parsed.ok) return parsed.value;
  return {
    ...(DEFAULT_GRID as unknown as Grid),
    id: str(asRecord(raw).id) ?? '',
    competences: [
      {
        id: 'all',
        label: 'all',
        subCompetences: [
          { id: 'all', label: 'all', criteria: gridCriteria(raw).map(({ id }) => ({ id, label: id })) },
        ],
      },
    ],
  };
};

const projectCatalogue = (raw: unknown): Catalogue | undefined => {
  if (!isRecord(raw)) return undefined;
  return {
    format: 'temoin.catalogue/1',
    id: str(raw.id) ?? '',
    title: '',
    cms: 'other',
    entries: asArray(raw.entries).map((entry, i) => ({
      id: str(asRecord(entry).id) ?? sentinel('e', i),
      label: '',
      evidenceKinds: [],
      criteria: [],
    })),
  };
};

const prefixed = (base: Path, problems: readonly Problem[]): Problem[] =>
  base.length === 0
    ? [...problems]
    : problems.map((p) => ({ ...p, path: toPath([...base, ...parsePath(p.path)]) }));

/** The design lints of a subject draft at `base` inside its document. */
const subjectLints = (
  raw: unknown,
  base: Path,
  grid: Grid,
  catalogue: Catalogue | undefined,
  /** Where the grid's criteria are in this document (a package), to point at them. */
  gridPath: Path | undefined,
  rawGrid: unknown,
): EditorProblem[] => {
  const subject = projectSubject(raw, grid);
  const problems: EditorProblem[] = prefixed(base, checkSubject(subject, { grid, catalogue })).map((p) => ({
    ...p,
    severity: 'error',
  }));

  const rawQuestions = asArray(asRecord(raw).questions);
  subject.questions.forEach((question, qi) => {
    const questionPath = [...base, 'questions', qi];
    const rawRules = asRecord(rawQuestions[qi]).rules;
    if (!Array.isArray(rawRules) || rawRules.length === 0)
      problems.push(
        at(
          [...questionPath, 'rules'],
          'question-without-rules',
          'warning',
          bilingual('lint.questionWithoutRules'),
        ),
      );
    question.rules.forEach((rule, ri) => {
      if (!isEventKind(rule.kind)) return;
      const kinds = rule.evidence === 'state' ? familyOf(rule.kind) : [rule.kind];
      rule.where.forEach((condition, ci) => {
        if (INERT.has(condition)) return;
        if (kinds.some((kind) => fieldExists(kind, condition.field))) return;
        problems.push(
          at(
            [...questionPath, 'rules', ri, 'where', ci, 'field'],
            'unknown-field',
            'warning',
            bilingual('lint.unknownField', { field: condition.field, kind: rule.kind }),
          ),
        );
      });
    });
  });

  const assessed = new Set(subject.questions.flatMap((question) => question.criteria));
  const criteria = gridPath
    ? gridCriteria(rawGrid, gridPath)
    : gridCriteria(grid).map((c) => ({ ...c, path: [] }));
  for (const criterion of criteria)
    if (!assessed.has(criterion.id))
      problems.push(
        at(
          gridPath ? criterion.path : [...base, 'questions'],
          'criterion-not-assessed',
          'info',
          bilingual('lint.criterionNotAssessed', { criterion: criterion.id }),
        ),
      );
  return problems;
};

const duplicates = (
  items: readonly unknown[],
  path: (i: number) => Path,
  severity: Severity,
): EditorProblem[] => {
  const seen = new Set<string>();
  const problems: EditorProblem[] = [];
  items.forEach((item, i) => {
    const id = str(asRecord(item).id);
    if (id === undefined) return;
    if (seen.has(id))
      problems.push(at([...path(i), 'id'], 'duplicate-id', severity, bilingual('lint.duplicateId', { id })));
    seen.add(id);
  });
  return problems;
};

const gridLints = (raw: unknown, base: Path): EditorProblem[] => {
  const competences = asArray(asRecord(raw).competences);
  const subs = competences.flatMap((competence, ci) =>
    asArray(asRecord(competence).subCompetences).map((sub, si) => ({
      sub,
      path: [...base, 'competences', ci, 'subCompetences', si],
    })),
  );
  const criteria = gridCriteria(raw, base);
  return [
    ...duplicates(competences, (i) => [...base, 'competences', i], 'warning'),
    ...duplicates(
      subs.map(({ sub }) => sub),
      (i) => subs[i]!.path,
      'warning',
    ),
    ...duplicates(
      criteria.map(({ id }) => ({ id })),
      (i) => criteria[i]!.path,
      'error',
    ),
  ];
};

const catalogueLints = (raw: unknown, base: Path): EditorProblem[] =>
  duplicates(asArray(asRecord(raw).entries), (i) => [...base, 'entries', i], 'error');

/** Friendlier words for the schema's « at least 1 item » where a designer forgot criteria. */
const reword = (problem: Problem): Problem => {
  if (problem.code !== 'too_small') return problem;
  if (/(^|\.)questions\[\d+\]\.criteria$/.test(problem.path))
    return { ...problem, code: 'question-without-criteria', ...bilingual('lint.questionWithoutCriteria') };
  if (/\.rules\[\d+\]\.criteria$/.test(problem.path))
    return { ...problem, code: 'rule-without-criteria', ...bilingual('lint.ruleWithoutCriteria') };
  return problem;
};

const dedupe = (problems: readonly EditorProblem[]): EditorProblem[] => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Every problem of a draft of `kind`, errors first, each in the order of the document. */
export const validateDocument = (
  kind: DocumentKind,
  value: unknown,
  context: ValidationContext = {},
): EditorProblem[] => {
  const parseContext = kind === 'subject' ? context : {};
  const parsed = parse(kind, value, parseContext);
  const problems: EditorProblem[] = parsed.ok
    ? []
    : parsed.problems.map((p) => ({ ...reword(p), severity: 'error' as const }));
  if (!isRecord(value)) return problems;
  switch (kind) {
    case 'subject': {
      const grid = context.grid ?? (DEFAULT_GRID as unknown as Grid);
      const cms = value.cms;
      const fallback = cms === 'wordpress' || cms === 'prestashop' ? catalogueFor(cms) : undefined;
      const catalogue =
        context.catalogue ?? (fallback && fallback.id === value.catalogueId ? fallback : undefined);
      problems.push(...subjectLints(value, [], grid, catalogue, undefined, undefined));
      break;
    }
    case 'subject-package':
      problems.push(
        ...gridLints(value.grid, ['grid']),
        ...catalogueLints(value.catalogue, ['catalogue']),
        ...subjectLints(
          value.subject,
          ['subject'],
          projectGrid(value.grid),
          projectCatalogue(value.catalogue),
          ['grid'],
          value.grid,
        ),
      );
      break;
    case 'grid':
      problems.push(...gridLints(value, []));
      break;
    case 'catalogue':
      problems.push(...catalogueLints(value, []));
      break;
    default:
  }
  return dedupe(problems).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
};

export const countBySeverity = (problems: readonly EditorProblem[]): Record<Severity, number> => {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
};
