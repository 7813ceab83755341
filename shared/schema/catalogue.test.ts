import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { parse, parseJson } from './index.ts';

const catalogue = (change: Parameters<typeof edit>[1]) => edit('catalogue', change);

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: catalogue((c) => {
      c.format = 'temoin.catalogue/2';
    }),
    path: 'format',
    code: 'wrong-format',
    fr: 'format "temoin.catalogue/2" : attendu "temoin.catalogue/1"',
  },
  {
    name: 'a misspelt format',
    input: catalogue((c) => {
      c.format = 'temoin.catalog/1';
    }),
    path: 'format',
    code: 'wrong-format',
  },
  {
    name: 'a format given as a number',
    input: catalogue((c) => {
      c.format = 1;
    }),
    path: 'format',
    code: 'wrong-format',
    fr: 'format 1 :',
  },
  {
    name: 'missing id',
    input: catalogue((c) => {
      delete c.id;
    }),
    path: 'id',
    code: 'required',
  },
  {
    name: 'missing cms',
    input: catalogue((c) => {
      delete c.cms;
    }),
    path: 'cms',
    code: 'required',
    fr: 'champ obligatoire manquant',
  },
  {
    name: 'an unknown cms',
    input: catalogue((c) => {
      c.cms = 'joomla';
    }),
    path: 'cms',
    code: 'invalid_value',
    fr: 'valeur invalide "joomla" : attendu "wordpress", "prestashop", "other"',
  },
  {
    name: 'a title given as a number',
    input: catalogue((c) => {
      c.title = 42;
    }),
    path: 'title',
    code: 'invalid_type',
  },
  {
    name: 'an id with a slash',
    input: catalogue((c) => {
      c.id = 'wordpress/2025';
    }),
    path: 'id',
    code: 'id',
  },
  {
    name: 'a session of 41 characters',
    input: catalogue((c) => {
      c.session = '2'.repeat(41);
    }),
    path: 'session',
    code: 'too_big',
  },
  {
    name: 'a session given as a number',
    input: catalogue((c) => {
      c.session = 2025;
    }),
    path: 'session',
    code: 'invalid_type',
  },
  {
    name: 'an unknown field',
    input: catalogue((c) => {
      c.version = '1';
    }),
    path: 'version',
    code: 'unrecognized_keys',
  },
  {
    name: 'no entry',
    input: catalogue((c) => {
      c.entries = [];
    }),
    path: 'entries',
    code: 'too_small',
  },
  {
    name: 'entries given as an object',
    input: catalogue((c) => {
      c.entries = { 'publier-article': {} };
    }),
    path: 'entries',
    code: 'invalid_type',
  },
  {
    name: 'an entry that is null',
    input: catalogue((c) => {
      c.entries[2] = null;
    }),
    path: 'entries[2]',
    code: 'invalid_type',
    fr: 'un objet attendu, reçu null',
  },
  {
    name: 'an entry without id',
    input: catalogue((c) => {
      delete c.entries[1].id;
    }),
    path: 'entries[1].id',
    code: 'required',
  },
  {
    name: 'an entry with an empty label',
    input: catalogue((c) => {
      c.entries[0].label = '';
    }),
    path: 'entries[0].label',
    code: 'too_small',
  },
  {
    name: 'a description of 1001 characters',
    input: catalogue((c) => {
      c.entries[0].description = 'd'.repeat(1001);
    }),
    path: 'entries[0].description',
    code: 'too_big',
    fr: 'au plus 1000 caractères attendu',
  },
  {
    name: 'an entry without evidence kinds',
    input: catalogue((c) => {
      c.entries[3].evidenceKinds = [];
    }),
    path: 'entries[3].evidenceKinds',
    code: 'too_small',
  },
  {
    name: 'an evidence kind that is not family.name',
    input: catalogue((c) => {
      c.entries[1].evidenceKinds[1] = 'Content';
    }),
    path: 'entries[1].evidenceKinds[1]',
    code: 'event-kind',
    fr: 'type d’événement invalide',
  },
  {
    name: 'evidence kinds given as a text',
    input: catalogue((c) => {
      c.entries[0].evidenceKinds = 'content.published';
    }),
    path: 'entries[0].evidenceKinds',
    code: 'invalid_type',
  },
  {
    name: 'a lower-case criterion',
    input: catalogue((c) => {
      c.entries[2].criteria[1] = 'c7';
    }),
    path: 'entries[2].criteria[1]',
    code: 'criterion-id',
  },
  {
    name: 'the same entry id twice',
    input: catalogue((c) => {
      c.entries[3].id = 'publier-article';
    }),
    path: 'entries[3].id',
    code: 'duplicate-id',
    fr: 'identifiant en double "publier-article"',
  },
  {
    name: 'an unknown field in an entry',
    input: catalogue((c) => {
      c.entries[0].colour = 'red';
    }),
    path: 'entries[0].colour',
    code: 'unrecognized_keys',
  },
];

describe('catalogue: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('catalogue', c);
  });

  it('reports an own "__proto__" key of a JSON file as an unknown field', () => {
    const text = JSON.stringify(valid('catalogue')).replace('{', '{"__proto__":{"polluted":true},');
    const result = parseJson('catalogue', text);
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ path: '__proto__', code: 'unrecognized_keys' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('catalogue: reading', () => {
  it('an entry names no criteria unless said', () => {
    const input = valid('catalogue');
    delete input.entries[3].criteria;
    const result = parse('catalogue', input);
    expect(result.ok && result.value.entries[3]?.criteria).toEqual([]);
  });
});
