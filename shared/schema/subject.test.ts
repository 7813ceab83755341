import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { describeProblem, type Grid, parse } from './index.ts';

const subject = (change: Parameters<typeof edit>[1]) => edit('subject', change);
const q1Rules = 'questions[0].rules';

/** The E5 grid with one more criterion, C9, in its last sub-competence. */
const gridWithC9 = (): Grid => {
  const grid = valid('grid');
  grid.competences[1].subCompetences[2].criteria.push({ id: 'C9', label: 'Critère local' });
  return grid;
};

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: subject((s) => {
      s.format = 'temoin.subject/2';
    }),
    path: 'format',
    code: 'wrong-format',
  },
  {
    name: 'a criterion the grid does not have',
    input: subject((s) => {
      s.questions[2].criteria = ['C6', 'C9'];
    }),
    path: 'questions[2].criteria[1]',
    code: 'unknown-criterion',
    fr: 'critère inconnu "C9"',
  },
  {
    name: 'a rule criterion the grid does not have',
    input: subject((s) => {
      s.questions[1].rules[1].criteria = ['C9'];
    }),
    path: 'questions[1].rules[1].criteria[0]',
    code: 'unknown-criterion',
    fr: 'critère inconnu "C9"',
  },
  {
    name: 'a criterion id that is not C<n>',
    input: subject((s) => {
      s.questions[0].criteria[0] = 'K1';
    }),
    path: 'questions[0].criteria[0]',
    code: 'criterion-id',
  },
  {
    name: 'a competence the catalogue does not have',
    input: subject((s) => {
      s.questions[0].competences[1] = 'rediger-newsletter';
    }),
    context: { catalogue: valid('catalogue') },
    path: 'questions[0].competences[1]',
    code: 'unknown-competence',
    fr: 'compétence opérationnelle inconnue "rediger-newsletter"',
  },
  {
    name: 'an annex the subject does not have',
    input: subject((s) => {
      s.questions[2].annexes = ['annexe-9'];
    }),
    path: 'questions[2].annexes[0]',
    code: 'unknown-annex',
    fr: 'annexe inconnue "annexe-9"',
  },
  {
    name: 'a variable the subject does not declare',
    input: subject((s) => {
      s.questions[0].rules[0].where[0].value = '{{motCle}}';
    }),
    path: `${q1Rules}[0].where[0].value`,
    code: 'unknown-variable',
    fr: 'variable inconnue "motCle"',
  },
  {
    name: 'a variable in a pattern the subject does not declare',
    input: subject((s) => {
      s.questions[0].rules[1].where[1].pattern = '{{marque}}';
    }),
    path: `${q1Rules}[1].where[1].pattern`,
    code: 'unknown-variable',
  },
  {
    name: 'a pattern that can run away',
    input: subject((s) => {
      s.questions[0].rules[1].where[1].pattern = '(a+)+';
    }),
    path: `${q1Rules}[1].where[1].pattern`,
    code: 'unsafe-pattern',
    fr: 'expression régulière refusée : quantificateurs imbriqués',
  },
  {
    name: 'a pattern with a lookahead',
    input: subject((s) => {
      s.questions[0].rules[1].where[1].pattern = 'thé(?= vert)';
    }),
    path: `${q1Rules}[1].where[1].pattern`,
    code: 'unsafe-pattern',
    fr: 'assertion avant/arrière',
  },
  {
    name: 'a pattern flag that is not i, m, s or u',
    input: subject((s) => {
      s.questions[0].rules[1].where[1].flags = 'g';
    }),
    path: `${q1Rules}[1].where[1].flags`,
    code: 'invalid_format',
  },
  {
    name: 'the same question id twice',
    input: subject((s) => {
      s.questions[2].id = 'q1';
    }),
    path: 'questions[2].id',
    code: 'duplicate-id',
    fr: 'identifiant en double "q1"',
  },
  {
    name: 'the same variable twice',
    input: subject((s) => {
      s.variables[1].name = 'keyword';
    }),
    path: 'variables[1].name',
    code: 'duplicate-id',
  },
  {
    name: 'the same annex id twice',
    input: subject((s) => {
      s.annexes[2].id = 'annexe-1';
    }),
    path: 'annexes[2].id',
    code: 'duplicate-id',
  },
  {
    name: 'the same rule id in two questions',
    input: subject((s) => {
      s.questions[2].rules[0].id = 'q1-article-publie';
    }),
    path: 'questions[2].rules[0].id',
    code: 'duplicate-id',
    fr: 'identifiant en double "q1-article-publie"',
  },
  {
    name: 'a rule after a rule that does not exist',
    input: subject((s) => {
      s.questions[0].rules[1].after = 'q1-brouillon';
    }),
    path: `${q1Rules}[1].after`,
    code: 'unknown-rule',
    fr: 'règle inconnue "q1-brouillon"',
  },
  {
    name: 'a rule on an event kind that does not exist',
    input: subject((s) => {
      s.questions[1].rules[0].kind = 'comment.deleted';
    }),
    path: 'questions[1].rules[0].kind',
    code: 'unknown-event-kind',
    fr: 'type d’événement inconnu "comment.deleted"',
  },
  {
    name: 'a between condition with min above max',
    input: subject((s) => {
      s.questions[2].rules[0].where[1].min = 20;
    }),
    path: 'questions[2].rules[0].where[1].max',
    code: 'thresholds-order',
    fr: 'max doit être ≥ min',
  },
  {
    name: 'an unknown condition operator',
    input: subject((s) => {
      s.questions[0].rules[0].where[1].op = 'startsWith';
    }),
    path: `${q1Rules}[0].where[1].op`,
    code: 'invalid_discriminator',
    fr: 'valeur de « op » inconnue "startsWith"',
  },
  {
    name: 'a field path with two dots',
    input: subject((s) => {
      s.questions[0].rules[0].where[0].field = 'data..title';
    }),
    path: `${q1Rules}[0].where[0].field`,
    code: 'field-path',
  },
  {
    name: 'a lower-case letter',
    input: subject((s) => {
      s.letter = 'a';
    }),
    path: 'letter',
    code: 'letter',
    fr: 'lettre de sujet invalide',
  },
  {
    name: 'two letters',
    input: subject((s) => {
      s.letter = 'AB';
    }),
    path: 'letter',
    code: 'letter',
  },
  {
    name: 'an unknown cms',
    input: subject((s) => {
      s.cms = 'drupal';
    }),
    path: 'cms',
    code: 'invalid_value',
  },
  {
    name: 'a duration of 0 minutes',
    input: subject((s) => {
      s.durationMinutes = 0;
    }),
    path: 'durationMinutes',
    code: 'too_small',
    fr: 'au moins 1 attendu',
  },
  {
    name: 'a duration of 241 minutes',
    input: subject((s) => {
      s.durationMinutes = 241;
    }),
    path: 'durationMinutes',
    code: 'too_big',
  },
  {
    name: 'no question',
    input: subject((s) => {
      s.questions = [];
    }),
    path: 'questions',
    code: 'too_small',
  },
  {
    name: 'eleven questions',
    input: subject((s) => {
      s.questions = Array.from({ length: 11 }, (_, i) => ({ ...s.questions[0], id: `q${i}`, rules: [] }));
    }),
    path: 'questions',
    code: 'too_big',
    fr: 'au plus 10 éléments attendu',
  },
  {
    name: 'a question without criteria',
    input: subject((s) => {
      s.questions[1].criteria = [];
    }),
    path: 'questions[1].criteria',
    code: 'too_small',
  },
  {
    name: 'a question numbered 0',
    input: subject((s) => {
      s.questions[0].number = 0;
    }),
    path: 'questions[0].number',
    code: 'too_small',
  },
  {
    name: 'instructions of 10,001 characters',
    input: subject((s) => {
      s.questions[1].instructions = 'x'.repeat(10_001);
    }),
    path: 'questions[1].instructions',
    code: 'too_big',
  },
  {
    name: 'an unknown field in a question',
    input: subject((s) => {
      s.questions[1].points = 5;
    }),
    path: 'questions[1].points',
    code: 'unrecognized_keys',
  },
  {
    name: 'a variable name with a capital first letter',
    input: subject((s) => {
      s.variables[0].name = 'Keyword';
    }),
    path: 'variables[0].name',
    code: 'variable-name',
  },
  {
    name: 'an empty variable value',
    input: subject((s) => {
      s.variables[1].value = '';
    }),
    path: 'variables[1].value',
    code: 'too_small',
  },
  {
    name: 'an image annex that is a link, not a data URL',
    input: subject((s) => {
      s.annexes[1].src = 'https://example.org/logo.png';
    }),
    path: 'annexes[1].src',
    code: 'image-data-url',
    fr: 'image attendue en data URL base64',
  },
  {
    name: 'an annex of an unknown type',
    input: subject((s) => {
      s.annexes[0].type = 'video';
    }),
    path: 'annexes[0].type',
    code: 'invalid_discriminator',
    fr: 'valeur de « type » inconnue "video"',
  },
  {
    name: 'an annex without type',
    input: subject((s) => {
      delete s.annexes[0].type;
    }),
    path: 'annexes[0].type',
    code: 'required',
  },
  {
    name: 'a table row with a missing cell',
    input: subject((s) => {
      s.annexes[2].rows[1].pop();
    }),
    path: 'annexes[2].rows[1]',
    code: 'row-width',
    fr: 'ligne de 3 cellules attendue',
  },
  {
    name: 'thresholds out of order',
    input: subject((s) => {
      s.thresholds = { I: 0.6, S: 0.5, TS: 0.8 };
    }),
    path: 'thresholds',
    code: 'thresholds-order',
    fr: 'seuils incohérents : il faut I ≤ S ≤ TS',
  },
  {
    name: 'a threshold above 1',
    input: subject((s) => {
      s.questions[0].thresholds.TS = 1.5;
    }),
    path: 'questions[0].thresholds.TS',
    code: 'too_big',
  },
  {
    name: 'an unknown empty level',
    input: subject((s) => {
      s.emptyLevel = 'NA';
    }),
    path: 'emptyLevel',
    code: 'invalid_value',
  },
  {
    name: 'a company without name',
    input: subject((s) => {
      delete s.company.name;
    }),
    path: 'company.name',
    code: 'required',
  },
  {
    name: 'a grid other than the one the subject needs',
    input: () => valid('subject'),
    context: { grid: { ...gridWithC9(), id: 'grille-locale' } },
    path: 'gridId',
    code: 'grid-mismatch',
    fr: 'le sujet demande la grille "bts-ndrc-e5-pratique", le paquet contient "grille-locale"',
  },
  {
    name: 'a catalogue other than the one the subject needs',
    input: () => valid('subject'),
    context: { catalogue: { ...valid('catalogue'), id: 'prestashop-2025' } },
    path: 'catalogueId',
    code: 'catalogue-mismatch',
  },
];

describe('subject: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('subject', c);
  });
});

describe('subject: reading', () => {
  it('tells the user where an unknown criterion is, in French and English', () => {
    const input = valid('subject');
    input.questions[2].criteria = ['C9'];
    const result = parse('subject', input);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'questions[2].criteria[0]',
        code: 'unknown-criterion',
        fr: 'critère inconnu "C9"',
        en: 'unknown criterion "C9"',
      },
    ]);
    if (!result.ok) {
      expect(describeProblem(result.problems[0]!)).toBe('questions[2].criteria[0] : critère inconnu "C9"');
      expect(describeProblem(result.problems[0]!, 'en')).toBe(
        'questions[2].criteria[0] : unknown criterion "C9"',
      );
    }
  });

  it('accepts C9 when the grid given as context has it', () => {
    const input = valid('subject');
    input.questions[2].criteria = ['C6', 'C9'];
    expect(parse('subject', input, { grid: gridWithC9() }).ok).toBe(true);
  });

  it('checks a pattern with its variables replaced, as it will run', () => {
    const input = valid('subject');
    input.variables[0].value = 'thé (vert) bio+';
    input.questions[0].rules[1].where[1] = {
      op: 'matches',
      field: 'data.title',
      pattern: '^{{keyword}}\\s+{{ voucherCode }}$',
      flags: 'iu',
    };
    const result = parse('subject', input);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('fills defaults: 40 minutes, no variables, annexes or rules', () => {
    const input = valid('subject');
    delete input.durationMinutes;
    delete input.variables;
    delete input.annexes;
    for (const question of input.questions) {
      delete question.annexes;
      delete question.rules;
    }
    const result = parse('subject', input);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value.durationMinutes).toBe(40);
    expect(result.ok && result.value.questions[0]?.rules).toEqual([]);
  });

  it('reports every problem of a subject at once', () => {
    const input = valid('subject');
    input.questions[0].criteria[2] = 'C9';
    input.questions[2].rules[0].where[0].value = '{{code}}';
    input.questions[0].rules[1].where[1].pattern = '(\\w+\\s?)+';
    const result = parse('subject', input);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'questions[0].criteria[2] unknown-criterion',
      'questions[0].rules[1].where[1].pattern unsafe-pattern',
      'questions[2].rules[0].where[0].value unknown-variable',
    ]);
  });
});
