import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { parse } from './index.ts';

const pkg = (change: Parameters<typeof edit>[1]) => edit('subject-package', change);

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: pkg((p) => {
      p.format = 'temoin.subject-package/2';
    }),
    path: 'format',
    code: 'wrong-format',
    fr: 'attendu "temoin.subject-package/1"',
  },
  {
    name: 'a subject given where a package is expected',
    input: () => valid('subject'),
    path: 'format',
    code: 'wrong-format',
    fr: 'format "temoin.subject/1"',
  },
  {
    name: 'an unknown hash algorithm',
    input: pkg((p) => {
      p.hash.algorithm = 'sha256';
    }),
    path: 'hash.algorithm',
    code: 'invalid_value',
    fr: 'attendu "sha256-jcs"',
  },
  {
    name: 'a hash value that is not SHA-256',
    input: pkg((p) => {
      p.hash.value = 'not-a-hash';
    }),
    path: 'hash.value',
    code: 'sha256',
  },
  {
    name: 'no hash',
    input: pkg((p) => {
      delete p.hash;
    }),
    path: 'hash',
    code: 'required',
  },
  {
    name: 'an unknown field in the hash',
    input: pkg((p) => {
      p.hash.signedBy = 'rectorat';
    }),
    path: 'hash.signedBy',
    code: 'unrecognized_keys',
  },
  {
    name: 'no grid',
    input: pkg((p) => {
      delete p.grid;
    }),
    path: 'grid',
    code: 'required',
  },
  {
    name: 'no subject',
    input: pkg((p) => {
      delete p.subject;
    }),
    path: 'subject',
    code: 'required',
  },
  {
    name: 'a subject given as a list',
    input: pkg((p) => {
      p.subject = [p.subject];
    }),
    path: 'subject',
    code: 'invalid_type',
    fr: 'un objet attendu, reçu une liste',
  },
  {
    name: 'a grid of a newer format',
    input: pkg((p) => {
      p.grid.format = 'temoin.grid/2';
    }),
    path: 'grid.format',
    code: 'invalid_value',
    fr: 'valeur invalide "temoin.grid/2" : attendu "temoin.grid/1"',
  },
  {
    name: 'a grid with three levels',
    input: pkg((p) => {
      p.grid.levels.pop();
    }),
    path: 'grid.levels',
    code: 'too_small',
  },
  {
    name: 'a grid with the same criterion twice',
    input: pkg((p) => {
      p.grid.competences[1].subCompetences[0].criteria[0].id = 'C2';
    }),
    path: 'grid.competences[1].subCompetences[0].criteria[0].id',
    code: 'duplicate-id',
  },
  {
    name: 'a catalogue with an unknown cms',
    input: pkg((p) => {
      p.catalogue.cms = 'wix';
    }),
    path: 'catalogue.cms',
    code: 'invalid_value',
  },
  {
    name: 'a catalogue with the same entry twice',
    input: pkg((p) => {
      p.catalogue.entries[1].id = 'publier-article';
    }),
    path: 'catalogue.entries[1].id',
    code: 'duplicate-id',
  },
  {
    name: 'a subject criterion the packaged grid does not have',
    input: pkg((p) => {
      p.subject.questions[0].criteria[1] = 'C9';
    }),
    path: 'subject.questions[0].criteria[1]',
    code: 'unknown-criterion',
    fr: 'critère inconnu "C9"',
  },
  {
    name: 'a packaged grid without a criterion the subject uses',
    input: pkg((p) => {
      p.grid.competences[1].subCompetences[0].criteria[0].id = 'C9';
    }),
    path: 'subject.questions[2].criteria[0]',
    code: 'unknown-criterion',
    fr: 'critère inconnu "C6"',
  },
  {
    name: 'a competence the packaged catalogue does not have',
    input: pkg((p) => {
      p.subject.questions[1].competences[0] = 'gerer-stocks';
    }),
    path: 'subject.questions[1].competences[0]',
    code: 'unknown-competence',
  },
  {
    name: 'a subject written for another grid',
    input: pkg((p) => {
      p.subject.gridId = 'bts-mco-e4';
    }),
    path: 'subject.gridId',
    code: 'grid-mismatch',
    fr: 'le sujet demande la grille "bts-mco-e4", le paquet contient "bts-ndrc-e5-pratique"',
  },
  {
    name: 'a subject written for another catalogue',
    input: pkg((p) => {
      p.subject.catalogueId = 'prestashop-2025';
    }),
    path: 'subject.catalogueId',
    code: 'catalogue-mismatch',
  },
  {
    name: 'an unsafe pattern in the subject',
    input: pkg((p) => {
      p.subject.questions[0].rules[1].where[1].pattern = '(a|a)+';
    }),
    path: 'subject.questions[0].rules[1].where[1].pattern',
    code: 'unsafe-pattern',
  },
  {
    name: 'an unknown variable in the subject',
    input: pkg((p) => {
      p.subject.questions[2].rules[0].where[0].value = '{{ codePromo }}';
    }),
    path: 'subject.questions[2].rules[0].where[0].value',
    code: 'unknown-variable',
    fr: 'variable inconnue "codePromo"',
  },
  {
    name: 'an unknown annex in the subject',
    input: pkg((p) => {
      p.subject.questions[0].annexes.push('annexe-4');
    }),
    path: 'subject.questions[0].annexes[2]',
    code: 'unknown-annex',
  },
  {
    name: 'an unknown field',
    input: pkg((p) => {
      p.publishedAt = '2025-04-01';
    }),
    path: 'publishedAt',
    code: 'unrecognized_keys',
  },
];

describe('subject-package: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('subject-package', c);
  });
});

describe('subject-package: reading', () => {
  it('checks the subject against the packaged grid, not the default one', () => {
    const input = valid('subject-package');
    input.grid.competences[1].subCompetences[2].criteria.push({ id: 'C9', label: 'Critère local' });
    input.subject.questions[2].criteria.push('C9');
    const result = parse('subject-package', input);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
