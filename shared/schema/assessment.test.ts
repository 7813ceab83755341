import { describe, expect, it } from 'vitest';
import { type Case, edit, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { parse } from './index.ts';

const final = (change: Parameters<typeof edit>[1]) => edit('assessment', change);
const draft = (change: Parameters<typeof edit>[1]) => edit('assessment-draft', change);

const CASES: Case[] = [
  {
    name: 'a newer major format',
    input: final((a) => {
      a.format = 'temoin.assessment/2';
    }),
    path: 'format',
    code: 'wrong-format',
  },
  {
    name: 'final without mark',
    input: final((a) => {
      a.mark = null;
    }),
    path: 'mark',
    code: 'final-needs-mark',
    fr: 'une fiche finalisée doit avoir une note',
  },
  {
    name: 'final without finalisation date',
    input: final((a) => {
      delete a.finalisedAt;
    }),
    path: 'finalisedAt',
    code: 'final-needs-date',
    fr: 'date de finalisation manquante',
  },
  {
    name: 'final without hash',
    input: final((a) => {
      delete a.hash;
    }),
    path: 'hash',
    code: 'final-needs-hash',
  },
  {
    name: 'final with a question left without level',
    input: final((a) => {
      a.questions[1].level = null;
    }),
    path: 'questions[1].level',
    code: 'final-needs-level',
    fr: 'niveau manquant dans une fiche finalisée',
  },
  {
    name: 'a draft made final without the rest',
    input: draft((a) => {
      a.status = 'final';
    }),
    path: 'mark',
    code: 'final-needs-mark',
  },
  {
    name: 'no mark field at all',
    input: draft((a) => {
      delete a.mark;
    }),
    path: 'mark',
    code: 'required',
  },
  {
    name: 'a mark above 20',
    input: final((a) => {
      a.mark = 21;
    }),
    path: 'mark',
    code: 'too_big',
    fr: 'au plus 20 attendu',
  },
  {
    name: 'a negative mark',
    input: final((a) => {
      a.mark = -1;
    }),
    path: 'mark',
    code: 'too_small',
  },
  {
    name: 'a mark that is not a half point',
    input: final((a) => {
      a.mark = 14.25;
    }),
    path: 'mark',
    code: 'not_multiple_of',
    fr: 'multiple de 0.5 attendu',
  },
  {
    name: 'a mark given as a text',
    input: final((a) => {
      a.mark = '14,5';
    }),
    path: 'mark',
    code: 'invalid_type',
  },
  {
    name: 'a suggested mark above 20',
    input: final((a) => {
      a.suggestedMark = 25;
    }),
    path: 'suggestedMark',
    code: 'too_big',
  },
  {
    name: 'an unknown status',
    input: final((a) => {
      a.status = 'signed';
    }),
    path: 'status',
    code: 'invalid_value',
  },
  {
    name: 'a French date',
    input: final((a) => {
      a.date = '12/05/2025';
    }),
    path: 'date',
    code: 'invalid_format',
    fr: 'format invalide : date attendu',
  },
  {
    name: 'an impossible date',
    input: final((a) => {
      a.date = '2025-02-30';
    }),
    path: 'date',
    code: 'invalid_format',
  },
  {
    name: 'a chain head that is not SHA-256',
    input: final((a) => {
      a.bundle.chainHead = '1234';
    }),
    path: 'bundle.chainHead',
    code: 'sha256',
  },
  {
    name: 'a negative event count',
    input: final((a) => {
      a.bundle.eventCount = -1;
    }),
    path: 'bundle.eventCount',
    code: 'too_small',
  },
  {
    name: 'a subject hash that is not SHA-256',
    input: final((a) => {
      a.subject.hash = `${a.subject.hash}0`;
    }),
    path: 'subject.hash',
    code: 'sha256',
  },
  {
    name: 'an examiner without name',
    input: final((a) => {
      a.examiner.name = ' ';
    }),
    path: 'examiner.name',
    code: 'too_small',
  },
  {
    name: 'an unknown level',
    input: final((a) => {
      a.questions[0].level = 'B';
    }),
    path: 'questions[0].level',
    code: 'invalid_value',
  },
  {
    name: 'a competence id with a space',
    input: final((a) => {
      a.questions[0].competences[1].id = 'optimiser seo';
    }),
    path: 'questions[0].competences[1].id',
    code: 'id',
  },
  {
    name: 'overridden given as a text',
    input: final((a) => {
      a.questions[2].overridden = 'non';
    }),
    path: 'questions[2].overridden',
    code: 'invalid_type',
  },
  {
    name: 'a note time that is not a date-time',
    input: final((a) => {
      a.notes[0].at = '08:25';
    }),
    path: 'notes[0].at',
    code: 'invalid_format',
  },
  {
    name: 'an appreciation of 10,001 characters',
    input: final((a) => {
      a.appreciation = 'a'.repeat(10_001);
    }),
    path: 'appreciation',
    code: 'too_big',
  },
  {
    name: 'no candidate',
    input: final((a) => {
      delete a.candidate;
    }),
    path: 'candidate',
    code: 'required',
  },
  {
    name: 'an id of 7 characters',
    input: final((a) => {
      a.id = 'asm-001';
    }),
    path: 'id',
    code: 'too_small',
  },
  {
    name: 'an unknown field',
    input: final((a) => {
      a.signature = 'M. Durand';
    }),
    path: 'signature',
    code: 'unrecognized_keys',
  },
];

describe('assessment: malformed documents', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('assessment', c);
  });
});

describe('assessment: reading', () => {
  it('a draft may have no mark and questions without level', () => {
    const result = parse('assessment', valid('assessment-draft'));
    expect(result.ok && result.value.mark).toBe(null);
  });

  it('fills defaults of a minimal draft', () => {
    const input = valid('assessment-draft');
    delete input.notes;
    delete input.suggestedMark;
    delete input.appreciation;
    input.questions = [{ questionId: 'q1', level: null }];
    const result = parse('assessment', input);
    expect(result.ok && result.value).toMatchObject({
      notes: [],
      suggestedMark: null,
      appreciation: '',
      questions: [{ questionId: 'q1', level: null, suggested: null, overridden: false, comment: '' }],
    });
  });

  it('lists everything a final assessment lacks', () => {
    const input = valid('assessment-draft');
    input.status = 'final';
    const result = parse('assessment', input);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'mark final-needs-mark',
      'finalisedAt final-needs-date',
      'hash final-needs-hash',
      'questions[1].level final-needs-level',
      'questions[2].level final-needs-level',
    ]);
  });
});
