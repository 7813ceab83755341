import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { parse } from './index.ts';

const session = (change: Parameters<typeof edit>[1]) => edit('session', change);

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: session((s) => {
      s.format = 'temoin.session/2';
    }),
    path: 'format',
    code: 'wrong-format',
  },
  {
    name: 'an id of 7 characters',
    input: session((s) => {
      s.id = 'ses-001';
    }),
    path: 'id',
    code: 'too_small',
    fr: 'au moins 8 caractères attendu',
  },
  {
    name: 'an id of 65 characters',
    input: session((s) => {
      s.id = 's'.repeat(65);
    }),
    path: 'id',
    code: 'too_big',
  },
  {
    name: 'an unknown status',
    input: session((s) => {
      s.status = 'paused';
    }),
    path: 'status',
    code: 'invalid_value',
    fr: 'valeur invalide "paused" : attendu "running", "ended"',
  },
  {
    name: 'no status',
    input: session((s) => {
      delete s.status;
    }),
    path: 'status',
    code: 'required',
    fr: 'champ obligatoire manquant',
  },
  {
    name: 'ended without an end date',
    input: session((s) => {
      delete s.endedAt;
    }),
    path: 'endedAt',
    code: 'ended-without-date',
    fr: 'session terminée sans date de fin',
  },
  {
    name: 'ends before it starts',
    input: session((s) => {
      s.endedAt = '2025-05-12T07:59:59.000Z';
    }),
    path: 'endedAt',
    code: 'ends-before-start',
    fr: 'fin antérieure au début',
  },
  {
    name: 'ends before it starts, in another time zone',
    input: session((s) => {
      s.endedAt = '2025-05-12T09:30:00+02:00';
    }),
    path: 'endedAt',
    code: 'ends-before-start',
  },
  {
    name: 'a start date without time',
    input: session((s) => {
      s.startedAt = '2025-05-12';
    }),
    path: 'startedAt',
    code: 'invalid_format',
    fr: 'format invalide : datetime attendu',
  },
  {
    name: 'a start time without offset',
    input: session((s) => {
      s.startedAt = '2025-05-12T08:00:00';
    }),
    path: 'startedAt',
    code: 'invalid_format',
  },
  {
    name: 'a start time as epoch milliseconds',
    input: session((s) => {
      s.startedAt = 1747036800000;
    }),
    path: 'startedAt',
    code: 'invalid_type',
    fr: 'un texte attendu, reçu un nombre',
  },
  {
    name: 'no reference origin',
    input: session((s) => {
      s.referenceOrigins = [];
    }),
    path: 'referenceOrigins',
    code: 'too_small',
  },
  {
    name: 'an origin with a path',
    input: session((s) => {
      s.referenceOrigins = ['http://localhost:8080', 'http://x/path'];
    }),
    path: 'referenceOrigins[1]',
    code: 'origin',
    fr: 'origine invalide : attendu http(s)://hôte[:port] sans chemin',
  },
  {
    name: 'an ftp origin',
    input: session((s) => {
      s.referenceOrigins[0] = 'ftp://files.example.org';
    }),
    path: 'referenceOrigins[0]',
    code: 'origin',
  },
  {
    name: 'an origin that is not a URL',
    input: session((s) => {
      s.referenceOrigins[0] = 'localhost:8080';
    }),
    path: 'referenceOrigins[0]',
    code: 'origin',
  },
  {
    name: 'an origin with credentials',
    input: session((s) => {
      s.referenceOrigins[0] = 'http://admin:secret@localhost:8080';
    }),
    path: 'referenceOrigins[0]',
    code: 'origin',
  },
  {
    name: 'a subject hash that is too short',
    input: session((s) => {
      s.subject.hash = 'abc123';
    }),
    path: 'subject.hash',
    code: 'sha256',
    fr: 'empreinte SHA-256 invalide',
  },
  {
    name: 'a subject hash in capitals',
    input: session((s) => {
      s.subject.hash = s.subject.hash.toUpperCase();
    }),
    path: 'subject.hash',
    code: 'sha256',
  },
  {
    name: 'a grid without hash',
    input: session((s) => {
      delete s.grid.hash;
    }),
    path: 'grid.hash',
    code: 'required',
  },
  {
    name: 'a subject id with a space',
    input: session((s) => {
      s.subject.id = 'thé des alpes';
    }),
    path: 'subject.id',
    code: 'id',
  },
  {
    name: 'a candidate number of spaces',
    input: session((s) => {
      s.candidate.number = '   ';
    }),
    path: 'candidate.number',
    code: 'too_small',
  },
  {
    name: 'an unknown candidate field',
    input: session((s) => {
      s.candidate.email = 'lea@example.org';
    }),
    path: 'candidate.email',
    code: 'unrecognized_keys',
    fr: 'champ inconnu "email"',
  },
  {
    name: 'a duration of 0 minutes',
    input: session((s) => {
      s.durationMinutes = 0;
    }),
    path: 'durationMinutes',
    code: 'too_small',
  },
  {
    name: 'a duration of 40.5 minutes',
    input: session((s) => {
      s.durationMinutes = 40.5;
    }),
    path: 'durationMinutes',
    code: 'invalid_type',
    fr: 'un entier attendu, reçu un nombre',
  },
  {
    name: 'a browser name of 201 characters',
    input: session((s) => {
      s.browser = 'b'.repeat(201);
    }),
    path: 'browser',
    code: 'too_big',
  },
  {
    name: 'no extension version',
    input: session((s) => {
      delete s.extensionVersion;
    }),
    path: 'extensionVersion',
    code: 'required',
  },
  {
    name: 'a subject given as a text',
    input: session((s) => {
      s.subject = 'the-des-alpes-a';
    }),
    path: 'subject',
    code: 'invalid_type',
    fr: 'un objet attendu, reçu un texte',
  },
];

describe('session: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('session', c);
  });
});

describe('session: reading', () => {
  it('a running session needs no end date', () => {
    const input = valid('session');
    input.status = 'running';
    delete input.endedAt;
    expect(parse('session', input).ok).toBe(true);
  });

  it('compares start and end as instants, whatever their time zones', () => {
    const input = valid('session');
    input.startedAt = '2025-05-12T10:00:00+02:00';
    input.endedAt = '2025-05-12T08:40:00Z';
    const result = parse('session', input);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts https origins with a port', () => {
    const input = valid('session');
    input.referenceOrigins = ['https://boutique.example.org:8443', 'http://127.0.0.1:8080'];
    expect(parse('session', input).ok).toBe(true);
  });
});
