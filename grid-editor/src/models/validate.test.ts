import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PACKAGES_DIR } from '../../../shared/demo/index.ts';
import { setAt } from './json-path.ts';
import { newSubjectPackage } from './templates.ts';
import { catalogue, grid, subject } from './test-documents.ts';
import { type EditorProblem, validateDocument } from './validate.ts';

const demo = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../${DEMO_PACKAGES_DIR}/${name}`, import.meta.url), 'utf8'));

const codes = (problems: readonly EditorProblem[]) =>
  problems.map((p) => `${p.severity} ${p.path} ${p.code}`);
const notes = (problems: readonly EditorProblem[]) => problems.filter((p) => p.severity !== 'info');

describe('validateDocument: valid documents', () => {
  it.each(['demo-wordpress-a.temoin-subject.json', 'demo-ecommerce-a.temoin-subject.json'])(
    'finds no error or warning in the demo package %s',
    (name) => {
      expect(notes(validateDocument('subject-package', demo(name)))).toEqual([]);
    },
  );

  it('finds none in the small grid, catalogue and subject', () => {
    expect(validateDocument('grid', grid)).toEqual([]);
    expect(validateDocument('catalogue', catalogue)).toEqual([]);
    expect(notes(validateDocument('subject', subject))).toEqual([]);
  });

  it('notes the criteria no question assesses, on the grid’s criteria of a package', () => {
    const problems = validateDocument('subject-package', demo('demo-wordpress-a.temoin-subject.json'));
    expect(
      problems.filter((p) => p.code === 'criterion-not-assessed').map((p) => [p.severity, p.path, p.fr]),
    ).toEqual([
      [
        'info',
        'grid.competences[0].subCompetences[1].criteria[0]',
        'le critère C4 n’est évalué par aucune question',
      ],
      [
        'info',
        'grid.competences[1].subCompetences[0].criteria[0]',
        'le critère C6 n’est évalué par aucune question',
      ],
      [
        'info',
        'grid.competences[1].subCompetences[2].criteria[0]',
        'le critère C8 n’est évalué par aucune question',
      ],
    ]);
  });
});

describe('validateDocument: design lints', () => {
  const rulePath = 'questions[0].rules[0]';

  it('reports a rule using an unknown variable at the condition’s value', () => {
    const draft = setAt(subject, `${rulePath}.where[0].value`, '{{motcle}}');
    expect(validateDocument('subject', draft)).toContainEqual(
      expect.objectContaining({
        path: `${rulePath}.where[0].value`,
        code: 'unknown-variable',
        severity: 'error',
        fr: 'variable inconnue "motcle"',
      }),
    );
  });

  it('reports an unknown event kind and an unknown field', () => {
    const unknownKind = setAt(subject, `${rulePath}.kind`, 'content.teleported');
    expect(codes(validateDocument('subject', unknownKind))).toContain(
      `error ${rulePath}.kind unknown-event-kind`,
    );
    const unknownField = setAt(subject, `${rulePath}.where[0].field`, 'data.seo.description');
    const found = validateDocument('subject', unknownField).find((p) => p.code === 'unknown-field');
    expect(found).toMatchObject({ path: `${rulePath}.where[0].field`, severity: 'warning' });
    expect(found?.fr).toContain('data.seo.description');
  });

  it('reports a question without criteria or without rules', () => {
    const noCriteria = setAt(subject, 'questions[0].criteria', []);
    expect(validateDocument('subject', noCriteria)).toContainEqual(
      expect.objectContaining({
        path: 'questions[0].criteria',
        code: 'question-without-criteria',
        severity: 'error',
      }),
    );
    const noRules = setAt(subject, 'questions[0].rules', []);
    expect(codes(validateDocument('subject', noRules))).toContain(
      'warning questions[0].rules question-without-rules',
    );
  });

  it('reports duplicate ids of questions, rules, variables and grid criteria', () => {
    const twice = setAt(subject, 'questions[1]', { ...subject.questions[0], number: 2 });
    const found = codes(validateDocument('subject', twice));
    expect(found).toContain('error questions[1].id duplicate-id');
    expect(found).toContain('error questions[1].rules[0].id duplicate-id');
    const dupGrid = setAt(grid, 'competences[0].subCompetences[0].criteria[1].id', 'C1');
    expect(codes(validateDocument('grid', dupGrid))).toContain(
      'error competences[0].subCompetences[0].criteria[1].id duplicate-id',
    );
  });

  it('still finds a rule’s unknown variable while another part is half-written', () => {
    let draft = setAt(subject, 'title', '');
    draft = setAt(draft, 'questions[0].criteria', []);
    draft = setAt(draft, `${rulePath}.where[0].value`, '{{motcle}}');
    const found = codes(validateDocument('subject', draft));
    expect(found).toContain('error title too_small');
    expect(found).toContain(`error ${rulePath}.where[0].value unknown-variable`);
  });

  it('checks a package’s subject against its own grid and catalogue', () => {
    const pkg = newSubjectPackage('wordpress');
    expect(notes(validateDocument('subject-package', pkg))).toEqual([]);
    const bad = setAt(pkg, 'subject.questions[0].criteria[0]', 'C9');
    expect(codes(validateDocument('subject-package', bad))).toContain(
      'error subject.questions[0].criteria[0] unknown-criterion',
    );
    const noCriterion = setAt(pkg, 'grid.competences[0].subCompetences[0].criteria', [
      { id: 'C2', label: 'Seulement C2' },
    ]);
    expect(codes(validateDocument('subject-package', noCriterion))).toContain(
      'error subject.questions[0].criteria[0] unknown-criterion',
    );
  });

  it('lists errors first, then warnings, then notes', () => {
    const draft = setAt(setAt(subject, 'questions[0].rules', []), 'letter', 'a');
    const severities = validateDocument('subject', draft).map((p) => p.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('error');
  });

  it('does not throw on drafts of any shape', () => {
    for (const value of [{}, { questions: 'x' }, { questions: [null, 3, { rules: [null, { where: [1] }] }] }])
      expect(() => validateDocument('subject', value)).not.toThrow();
    expect(() =>
      validateDocument('subject-package', { grid: 1, catalogue: null, subject: [] }),
    ).not.toThrow();
  });
});
