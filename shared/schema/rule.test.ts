import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { parse, variablesUsed } from './index.ts';

const rule = (change: Parameters<typeof edit>[1]) => edit('rule', change);
/** The example rule with one condition instead of its own. */
const where = (condition: Record<string, unknown>) =>
  rule((r) => {
    r.where = [condition];
  });

const CASES: Case[] = [
  {
    name: 'missing id',
    input: rule((r) => {
      delete r.id;
    }),
    path: 'id',
    code: 'required',
  },
  {
    name: 'an id with an accent',
    input: rule((r) => {
      r.id = 'règle-1';
    }),
    path: 'id',
    code: 'id',
  },
  {
    name: 'an empty title',
    input: rule((r) => {
      r.title = '';
    }),
    path: 'title',
    code: 'too_small',
  },
  {
    name: 'a description of 2001 characters',
    input: rule((r) => {
      r.description = 'd'.repeat(2001);
    }),
    path: 'description',
    code: 'too_big',
  },
  {
    name: 'no criterion',
    input: rule((r) => {
      r.criteria = [];
    }),
    path: 'criteria',
    code: 'too_small',
  },
  {
    name: 'nine criteria',
    input: rule((r) => {
      r.criteria = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'];
    }),
    path: 'criteria',
    code: 'too_big',
    fr: 'au plus 8 éléments attendu',
  },
  {
    name: 'criterion C0',
    input: rule((r) => {
      r.criteria[1] = 'C0';
    }),
    path: 'criteria[1]',
    code: 'criterion-id',
  },
  {
    name: 'an event kind without family',
    input: rule((r) => {
      r.kind = 'published';
    }),
    path: 'kind',
    code: 'event-kind',
    fr: 'type d’événement invalide (ex. content.published)',
  },
  {
    name: 'an event kind that does not exist',
    input: rule((r) => {
      r.kind = 'content.deleted';
    }),
    path: 'kind',
    code: 'unknown-event-kind',
    fr: 'type d’événement inconnu "content.deleted"',
  },
  {
    name: 'an unknown operator',
    input: where({ op: 'like', field: 'data.title', value: 'thé' }),
    path: 'where[0].op',
    code: 'invalid_discriminator',
    fr: 'valeur de « op » inconnue "like"',
  },
  {
    name: 'a condition without operator',
    input: where({ field: 'data.title', value: 'thé' }),
    path: 'where[0].op',
    code: 'required',
  },
  {
    name: 'a field path starting with a digit',
    input: where({ op: 'exists', field: '1data' }),
    path: 'where[0].field',
    code: 'field-path',
    fr: 'chemin de champ invalide',
  },
  {
    name: 'contains with a number',
    input: where({ op: 'contains', field: 'data.title', value: 3 }),
    path: 'where[0].value',
    code: 'invalid_type',
  },
  {
    name: 'gt with a text',
    input: where({ op: 'gt', field: 'data.total', value: '30' }),
    path: 'where[0].value',
    code: 'invalid_type',
    fr: 'un nombre attendu, reçu un texte',
  },
  {
    name: 'equals with an object',
    input: where({ op: 'equals', field: 'data.status', value: { is: 'publish' } }),
    path: 'where[0].value',
    code: 'invalid_union',
  },
  {
    name: 'a pattern that can run away',
    input: where({ op: 'matches', field: 'data.title', pattern: '(a+)+' }),
    path: 'where[0].pattern',
    code: 'unsafe-pattern',
    fr: 'expression régulière refusée : quantificateurs imbriqués',
  },
  {
    name: 'a pattern with a backreference',
    input: where({ op: 'matches', field: 'data.title', pattern: '(thé)\\s+\\1' }),
    path: 'where[0].pattern',
    code: 'unsafe-pattern',
    fr: 'référence arrière',
  },
  {
    name: 'a pattern that does not compile',
    input: where({ op: 'matches', field: 'data.title', pattern: '[a-' }),
    path: 'where[0].pattern',
    code: 'unsafe-pattern',
    fr: 'syntaxe invalide',
  },
  {
    name: 'an empty pattern',
    input: where({ op: 'matches', field: 'data.title', pattern: '' }),
    path: 'where[0].pattern',
    code: 'too_small',
  },
  {
    name: 'a pattern of 201 characters',
    input: where({ op: 'matches', field: 'data.title', pattern: 'a'.repeat(201) }),
    path: 'where[0].pattern',
    code: 'too_big',
  },
  {
    name: 'the global flag',
    input: where({ op: 'matches', field: 'data.title', pattern: 'thé', flags: 'gi' }),
    path: 'where[0].flags',
    code: 'invalid_format',
  },
  {
    name: 'between with min above max',
    input: where({ op: 'between', field: 'data.total', min: 50, max: 10 }),
    path: 'where[0].max',
    code: 'thresholds-order',
    fr: 'max doit être ≥ min',
  },
  {
    name: 'lengthBetween with a negative min',
    input: where({ op: 'lengthBetween', field: 'data.title', min: -1, max: 60 }),
    path: 'where[0].min',
    code: 'too_small',
  },
  {
    name: 'wordsAtLeast with a fraction',
    input: where({ op: 'wordsAtLeast', field: 'data.text', value: 1.5 }),
    path: 'where[0].value',
    code: 'invalid_type',
  },
  {
    name: 'an unknown tolerance',
    input: where({ op: 'contains', field: 'data.title', value: 'thé', tolerant: { diacritics: true } }),
    path: 'where[0].tolerant.diacritics',
    code: 'unrecognized_keys',
  },
  {
    name: 'a field of another operator',
    input: where({ op: 'exists', field: 'data.title', pattern: 'x' }),
    path: 'where[0].pattern',
    code: 'unrecognized_keys',
  },
  {
    name: 'thirty-one conditions',
    input: rule((r) => {
      r.where = Array.from({ length: 31 }, () => ({ op: 'exists', field: 'data.title' }));
    }),
    path: 'where',
    code: 'too_big',
  },
  {
    name: 'atLeast 0',
    input: rule((r) => {
      r.atLeast = 0;
    }),
    path: 'atLeast',
    code: 'too_small',
  },
  {
    name: 'atLeast 10,001',
    input: rule((r) => {
      r.atLeast = 10_001;
    }),
    path: 'atLeast',
    code: 'too_big',
  },
  {
    name: 'a weight of 101',
    input: rule((r) => {
      r.weight = 101;
    }),
    path: 'weight',
    code: 'too_big',
  },
  {
    name: 'an unknown evidence type',
    input: rule((r) => {
      r.evidence = 'proof';
    }),
    path: 'evidence',
    code: 'invalid_value',
    fr: 'valeur invalide "proof" : attendu "process", "state"',
  },
  {
    name: 'a window starting before the session',
    input: rule((r) => {
      r.window.fromMinute = -5;
    }),
    path: 'window.fromMinute',
    code: 'too_small',
  },
  {
    name: 'an unknown window field',
    input: rule((r) => {
      r.window.untilMinute = 30;
    }),
    path: 'window.untilMinute',
    code: 'unrecognized_keys',
  },
  {
    name: 'after a rule id with a space',
    input: rule((r) => {
      r.after = 'règle 1';
    }),
    path: 'after',
    code: 'id',
  },
  {
    name: 'an unknown field',
    input: rule((r) => {
      r.priority = 1;
    }),
    path: 'priority',
    code: 'unrecognized_keys',
  },
];

describe('rule: malformed rules', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('rule', c);
  });
});

describe('rule: reading', () => {
  it('fills defaults of a minimal rule', () => {
    const result = parse('rule', {
      id: 'r1',
      title: 'Un article est publié',
      criteria: ['C1'],
      kind: 'content.published',
    });
    expect(result.ok && result.value).toEqual({
      id: 'r1',
      title: 'Un article est publié',
      criteria: ['C1'],
      kind: 'content.published',
      where: [],
      atLeast: 1,
      evidence: 'process',
      weight: 1,
    });
  });

  it('a rule alone does not check variables or criteria against a subject', () => {
    const input = valid('rule');
    input.where[0].value = '{{inconnue}}';
    input.criteria = ['C9'];
    expect(parse('rule', input).ok).toBe(true);
  });

  it('finds the variables a condition uses', () => {
    expect(
      variablesUsed({ op: 'contains', field: 'data.title', value: '{{ keyword }} et {{brand}}' }),
    ).toEqual(['keyword', 'brand']);
    expect(variablesUsed({ op: 'matches', field: 'data.title', pattern: '^{{code}}$' })).toEqual(['code']);
    expect(variablesUsed({ op: 'gt', field: 'data.total', value: 3 })).toEqual([]);
  });
});
