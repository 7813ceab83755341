import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID } from '../grid/e5-grid.ts';
import { criterionTicks, ficheSheet, medianLevel } from './fiche-sheet.ts';
import { sampleAssessment } from './testing.ts';

const subject = {
  questions: [
    { id: 'q1', criteria: ['C1', 'C2'] },
    { id: 'q2', criteria: ['C2', 'C4'] },
    { id: 'q3', criteria: ['C2'] },
  ],
} as unknown as Parameters<typeof criterionTicks>[1];

describe('the fiche d’évaluation as the circular lays it out', () => {
  it('has every criterion C1–C8 of the grid, by competence, against the four levels', () => {
    const sheet = ficheSheet(sampleAssessment(), { subject });
    const criteria = sheet.sections.flatMap((s) =>
      s.subCompetences.flatMap((sub) => sub.criteria.map((c) => c.id)),
    );
    expect(criteria).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(sheet.sections.map((s) => s.competence)).toEqual(DEFAULT_GRID.competences.map((c) => c.label));
    expect(sheet.levels.map((l) => `${l.id} ${l.label}`)).toEqual([
      'TI Très insuffisant',
      'I Insuffisant',
      'S Satisfaisant',
      'TS Très satisfaisant',
    ]);
  });

  it('ticks each criterion with the median of the examiner’s levels on its questions', () => {
    const ticks = criterionTicks(sampleAssessment(), subject);
    expect(Object.fromEntries(ticks)).toEqual({ C1: 'S', C2: 'S', C4: 'TS' });
    expect(medianLevel(['TS', 'I'])).toBe('I');
    expect(medianLevel([null, null])).toBeNull();
    const sheet = ficheSheet(sampleAssessment(), { subject });
    const c3 = sheet.sections
      .flatMap((s) => s.subCompetences.flatMap((sub) => sub.criteria))
      .find((c) => c.id === 'C3');
    expect(c3?.tick).toBeNull();
  });

  it('fills the grid’s fiche fields, the French date, the half-point mark and the examiners', () => {
    const sheet = ficheSheet(sampleAssessment(), { subject });
    expect(Object.fromEntries(sheet.fields.map((f) => [f.label, f.value]))).toEqual({
      Nom: 'Dupont',
      Prénom: 'Léa',
      'N° candidat': '10001',
      'N° commission': 'C12',
      Date: '03/06/2026',
      CMS: 'WordPress',
      'Lettre du sujet': 'A',
    });
    expect(sheet).toMatchObject({
      mark: '13,5',
      date: '03/06/2026',
      examinersLabel: 'Nom(s) et signature(s) des examinateurs',
      examiners: 'Mme Martin',
      appreciation: 'Travail soigné.',
    });
  });

  it('never carries Témoin’s suggestions', () => {
    const text = JSON.stringify(ficheSheet(sampleAssessment({ suggestedMark: 17.5 }), { subject }));
    expect(text).not.toContain('17,5');
    expect(text).not.toContain('17.5');
    expect(text).not.toMatch(/suggest|proposition/i);
  });
});
