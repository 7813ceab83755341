import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { criteriaOf, parse } from './index.ts';

const grid = (change: Parameters<typeof edit>[1]) => edit('grid', change);
const firstCriteria = 'competences[0].subCompetences[0].criteria';

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: grid((g) => {
      g.format = 'temoin.grid/2';
    }),
    path: 'format',
    code: 'wrong-format',
    fr: 'format "temoin.grid/2" : attendu "temoin.grid/1"',
  },
  {
    name: 'another kind of document',
    input: () => valid('catalogue'),
    path: 'format',
    code: 'wrong-format',
    fr: 'attendu "temoin.grid/1"',
  },
  {
    name: 'no format',
    input: grid((g) => {
      delete g.format;
    }),
    path: 'format',
    code: 'wrong-format',
    fr: 'format null',
  },
  {
    name: 'missing id',
    input: grid((g) => {
      delete g.id;
    }),
    path: 'id',
    code: 'required',
    fr: 'champ obligatoire manquant',
  },
  {
    name: 'missing title',
    input: grid((g) => {
      delete g.title;
    }),
    path: 'title',
    code: 'required',
  },
  {
    name: 'missing levels',
    input: grid((g) => {
      delete g.levels;
    }),
    path: 'levels',
    code: 'required',
  },
  {
    name: 'an unknown field',
    input: grid((g) => {
      g.author = 'moi';
    }),
    path: 'author',
    code: 'unrecognized_keys',
    fr: 'champ inconnu "author"',
  },
  {
    name: 'an id with a space',
    input: grid((g) => {
      g.id = 'bts ndrc';
    }),
    path: 'id',
    code: 'id',
    fr: 'identifiant invalide',
  },
  {
    name: 'an id starting with a dash',
    input: grid((g) => {
      g.id = '-grille';
    }),
    path: 'id',
    code: 'id',
  },
  {
    name: 'an empty id',
    input: grid((g) => {
      g.id = '';
    }),
    path: 'id',
    code: 'too_small',
    fr: 'au moins 1 caractère attendu',
  },
  {
    name: 'an id of 121 characters',
    input: grid((g) => {
      g.id = 'g'.repeat(121);
    }),
    path: 'id',
    code: 'too_big',
    fr: 'au plus 120 caractères attendu',
  },
  {
    name: 'a title of spaces only',
    input: grid((g) => {
      g.title = '   ';
    }),
    path: 'title',
    code: 'too_small',
  },
  {
    name: 'a title of 301 characters',
    input: grid((g) => {
      g.title = 't'.repeat(301);
    }),
    path: 'title',
    code: 'too_big',
  },
  {
    name: 'a source of 501 characters',
    input: grid((g) => {
      g.source = 's'.repeat(501);
    }),
    path: 'source',
    code: 'too_big',
    fr: 'au plus 500 caractères attendu',
  },
  {
    name: 'a version given as a number',
    input: grid((g) => {
      g.version = 2023;
    }),
    path: 'version',
    code: 'invalid_type',
    fr: 'un texte attendu, reçu un nombre',
  },
  {
    name: 'no competence',
    input: grid((g) => {
      g.competences = [];
    }),
    path: 'competences',
    code: 'too_small',
    fr: 'au moins 1 élément attendu',
  },
  {
    name: 'competences given as an object',
    input: grid((g) => {
      g.competences = { C1: 'x' };
    }),
    path: 'competences',
    code: 'invalid_type',
    fr: 'une liste attendu, reçu un objet',
  },
  {
    name: 'a competence without sub-competences',
    input: grid((g) => {
      g.competences[1].subCompetences = [];
    }),
    path: 'competences[1].subCompetences',
    code: 'too_small',
  },
  {
    name: 'a sub-competence without criteria',
    input: grid((g) => {
      g.competences[0].subCompetences[1].criteria = [];
    }),
    path: 'competences[0].subCompetences[1].criteria',
    code: 'too_small',
  },
  {
    name: 'a criterion id that is not C<n>',
    input: grid((g) => {
      g.competences[0].subCompetences[0].criteria[0].id = 'X1';
    }),
    path: `${firstCriteria}[0].id`,
    code: 'criterion-id',
    fr: 'identifiant de critère invalide',
  },
  {
    name: 'criterion C0',
    input: grid((g) => {
      g.competences[0].subCompetences[0].criteria[2].id = 'C0';
    }),
    path: `${firstCriteria}[2].id`,
    code: 'criterion-id',
  },
  {
    name: 'the same criterion twice',
    input: grid((g) => {
      g.competences[1].subCompetences[2].criteria[0].id = 'C1';
    }),
    path: 'competences[1].subCompetences[2].criteria[0].id',
    code: 'duplicate-id',
    fr: 'identifiant en double "C1"',
  },
  {
    name: 'a descriptor for an unknown level',
    input: grid((g) => {
      g.competences[0].subCompetences[0].criteria[0].descriptors = { S: 'ok', XS: 'trop' };
    }),
    path: `${firstCriteria}[0].descriptors.XS`,
    code: 'unrecognized_keys',
    fr: 'champ inconnu "XS"',
  },
  {
    name: 'a descriptor of 1001 characters',
    input: grid((g) => {
      g.competences[0].subCompetences[0].criteria[0].descriptors = { TS: 'd'.repeat(1001) };
    }),
    path: `${firstCriteria}[0].descriptors.TS`,
    code: 'too_big',
  },
  {
    name: 'three levels',
    input: grid((g) => {
      g.levels.pop();
    }),
    path: 'levels',
    code: 'too_small',
    fr: 'exactement 4 éléments attendu',
  },
  {
    name: 'levels given as a text',
    input: grid((g) => {
      g.levels = 'TI,I,S,TS';
    }),
    path: 'levels',
    code: 'invalid_type',
    fr: 'une liste attendu, reçu un texte',
  },
  {
    name: 'the same level twice',
    input: grid((g) => {
      g.levels[1].id = 'TI';
    }),
    path: 'levels',
    code: 'levels-incomplete',
    fr: 'les niveaux doivent être TI, I, S et TS',
  },
  {
    name: 'an unknown level',
    input: grid((g) => {
      g.levels[3].id = 'A+';
    }),
    path: 'levels[3].id',
    code: 'invalid_value',
    fr: 'valeur invalide "A+" : attendu "TI", "I", "S", "TS"',
  },
  {
    name: 'a rank of 5',
    input: grid((g) => {
      g.levels[3].rank = 5;
    }),
    path: 'levels[3].rank',
    code: 'too_big',
    fr: 'au plus 4 attendu',
  },
  {
    name: 'a rank of 1.5',
    input: grid((g) => {
      g.levels[0].rank = 1.5;
    }),
    path: 'levels[0].rank',
    code: 'invalid_type',
    fr: 'un entier attendu',
  },
  {
    name: 'an empty short label',
    input: grid((g) => {
      g.levels[0].short = '';
    }),
    path: 'levels[0].short',
    code: 'too_small',
  },
  {
    name: 'no fiche field',
    input: grid((g) => {
      g.fiche = [];
    }),
    path: 'fiche',
    code: 'too_small',
  },
  {
    name: 'a fiche field of an unknown type',
    input: grid((g) => {
      g.fiche[4].type = 'checkbox';
    }),
    path: 'fiche[4].type',
    code: 'invalid_value',
    fr: 'valeur invalide "checkbox"',
  },
  {
    name: 'a fiche field required given as a text',
    input: grid((g) => {
      g.fiche[0].required = 'oui';
    }),
    path: 'fiche[0].required',
    code: 'invalid_type',
    fr: 'un booléen attendu, reçu un texte',
  },
  {
    name: 'a fiche field without type',
    input: grid((g) => {
      delete g.fiche[2].type;
    }),
    path: 'fiche[2].type',
    code: 'required',
  },
];

describe('grid: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('grid', c);
  });
});

describe('grid: reading', () => {
  it('fills defaults: a fiche field is optional unless said', () => {
    const input = valid('grid');
    delete input.fiche[3].required;
    const result = parse('grid', input);
    expect(result.ok && result.value.fiche[3]?.required).toBe(false);
  });

  it('lists criteria in order', () => {
    const result = parse('grid', valid('grid'));
    expect(result.ok && criteriaOf(result.value)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
  });

  it('a wrong list given as a text says only that it is not a list', () => {
    const result = parse('grid', { ...valid('grid'), levels: 'TI,I,S,TS' });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'levels',
        code: 'invalid_type',
        fr: 'une liste attendu, reçu un texte',
        en: 'expected array, received string',
      },
    ]);
  });
});
