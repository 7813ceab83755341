import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { parse } from './index.ts';

const bundle = (change: Parameters<typeof edit>[1]) => edit('bundle', change);
const OTHER_HASH = 'ab'.repeat(32);

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: bundle((b) => {
      b.format = 'temoin.bundle/2';
    }),
    path: 'format',
    code: 'wrong-format',
    fr: 'attendu "temoin.bundle/1"',
  },
  {
    name: 'a chain count that is not the number of events',
    input: bundle((b) => {
      b.chain.count = 24;
    }),
    path: 'chain.count',
    code: 'chain-count',
    fr: 'nombre d’événements attendu : 30',
  },
  {
    name: 'an event removed',
    input: bundle((b) => {
      b.events.splice(10, 1);
    }),
    path: 'events[10].seq',
    code: 'seq-order',
    fr: 'numéro de séquence attendu : 10',
  },
  {
    name: 'the first event removed (count)',
    input: bundle((b) => {
      b.events.shift();
    }),
    path: 'chain.count',
    code: 'chain-count',
    fr: 'nombre d’événements attendu : 29',
  },
  {
    name: 'two events swapped',
    input: bundle((b) => {
      [b.events[3], b.events[4]] = [b.events[4], b.events[3]];
    }),
    path: 'events[3].seq',
    code: 'seq-order',
    fr: 'numéro de séquence attendu : 3',
  },
  {
    name: 'a negative seq',
    input: bundle((b) => {
      b.events[0].seq = -1;
    }),
    path: 'events[0].seq',
    code: 'too_small',
  },
  {
    name: 'an unknown chain algorithm',
    input: bundle((b) => {
      b.chain.algorithm = 'sha1';
    }),
    path: 'chain.algorithm',
    code: 'invalid_value',
    fr: 'valeur invalide "sha1" : attendu "temoin-chain-sha256-jcs/1"',
  },
  {
    name: 'no chain algorithm',
    input: bundle((b) => {
      delete b.chain.algorithm;
    }),
    path: 'chain.algorithm',
    code: 'required',
    fr: 'champ obligatoire manquant',
  },
  {
    name: 'a chain head that is not SHA-256',
    input: bundle((b) => {
      b.chain.head = 'xyz';
    }),
    path: 'chain.head',
    code: 'sha256',
  },
  {
    name: 'no chain',
    input: bundle((b) => {
      delete b.chain;
    }),
    path: 'chain',
    code: 'required',
  },
  {
    name: 'an event hash that is not hexadecimal',
    input: bundle((b) => {
      b.events[2].hash = 'g'.repeat(64);
    }),
    path: 'events[2].hash',
    code: 'sha256',
  },
  {
    name: 'a subject package other than the session ran',
    input: bundle((b) => {
      b.session.subject.hash = OTHER_HASH;
    }),
    path: 'subjectPackage.hash.value',
    code: 'subject-hash-mismatch',
    fr: 'le paquet de sujet joint ne correspond pas à la session',
  },
  {
    name: 'an event of an unknown kind',
    input: bundle((b) => {
      b.events[5].kind = 'ui.hovered';
    }),
    path: 'events[5].kind',
    code: 'invalid_discriminator',
    fr: 'valeur de « kind » inconnue "ui.hovered"',
  },
  {
    name: 'an unknown field in event data',
    input: bundle((b) => {
      b.events[7].data.author = 'admin';
    }),
    path: 'events[7].data.author',
    code: 'unrecognized_keys',
  },
  {
    name: 'a malformed event payload',
    input: bundle((b) => {
      b.events[0].data.durationMinutes = 0;
    }),
    path: 'events[0].data.durationMinutes',
    code: 'too_small',
  },
  {
    name: 'an event time with a fraction',
    input: bundle((b) => {
      b.events[1].time = 1.5;
    }),
    path: 'events[1].time',
    code: 'invalid_type',
  },
  {
    name: 'an event whose trust is a text',
    input: bundle((b) => {
      b.events[3].trusted = 'yes';
    }),
    path: 'events[3].trusted',
    code: 'invalid_type',
  },
  {
    name: 'an event that is null',
    input: bundle((b) => {
      b.events[4] = null;
    }),
    path: 'events[4]',
    code: 'invalid_type',
  },
  {
    name: 'events given as an object',
    input: bundle((b) => {
      b.events = { 0: b.events[0] };
    }),
    path: 'events',
    code: 'invalid_type',
  },
  {
    name: 'a session that is not valid',
    input: bundle((b) => {
      b.session.status = 'archived';
    }),
    path: 'session.status',
    code: 'invalid_value',
  },
  {
    name: 'a session of another format',
    input: bundle((b) => {
      b.session.format = 'temoin.session/2';
    }),
    path: 'session.format',
    code: 'invalid_value',
    fr: 'valeur invalide "temoin.session/2" : attendu "temoin.session/1"',
  },
  {
    name: 'no session',
    input: bundle((b) => {
      delete b.session;
    }),
    path: 'session',
    code: 'required',
  },
  {
    name: 'an export date that is not a date',
    input: bundle((b) => {
      b.exportedAt = 'hier';
    }),
    path: 'exportedAt',
    code: 'invalid_format',
  },
  {
    name: 'a subject package with an invalid subject',
    input: bundle((b) => {
      b.subjectPackage.subject.letter = 'z';
    }),
    path: 'subjectPackage.subject.letter',
    code: 'letter',
  },
  {
    name: 'a carried subject package its reader would refuse',
    input: bundle((b) => {
      b.subjectPackage.subject.questions[0].criteria[1] = 'C9';
    }),
    path: 'subjectPackage.subject.questions[0].criteria[1]',
    code: 'unknown-criterion',
    fr: 'critère inconnu "C9"',
  },
  {
    name: 'an unsafe pattern in the carried subject',
    input: bundle((b) => {
      b.subjectPackage.subject.questions[0].rules[1].where[1].pattern = '(.*)*';
    }),
    path: 'subjectPackage.subject.questions[0].rules[1].where[1].pattern',
    code: 'unsafe-pattern',
  },
  {
    name: 'an unknown top-level field',
    input: bundle((b) => {
      b.signature = 'abc';
    }),
    path: 'signature',
    code: 'unrecognized_keys',
  },
];

describe('bundle: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('bundle', c);
  });
});

describe('bundle: reading', () => {
  it('a bundle needs no subject package', () => {
    const input = valid('bundle');
    delete input.subjectPackage;
    expect(parse('bundle', input).ok).toBe(true);
  });

  it('a bundle with no events has a count of 0', () => {
    const input = valid('bundle');
    input.events = [];
    input.chain.count = 0;
    expect(parse('bundle', input).ok).toBe(true);
  });

  it('points at every event out of sequence', () => {
    const input = valid('bundle');
    input.events.splice(20, 2);
    input.chain.count = input.events.length;
    const result = parse('bundle', input);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.fr}`)).toEqual([
      'events[20].seq: numéro de séquence attendu : 20',
      'events[21].seq: numéro de séquence attendu : 21',
      'events[22].seq: numéro de séquence attendu : 22',
      'events[23].seq: numéro de séquence attendu : 23',
      'events[24].seq: numéro de séquence attendu : 24',
      'events[25].seq: numéro de séquence attendu : 25',
      'events[26].seq: numéro de séquence attendu : 26',
      'events[27].seq: numéro de séquence attendu : 27',
    ]);
  });
});
