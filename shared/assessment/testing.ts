/** A schema-valid assessment to start tests from (mark lists, fiche sheet, print view). */
import type { Assessment } from '../schema/assessment.ts';

export const sampleAssessment = (over: Partial<Assessment> = {}): Assessment => ({
  format: 'temoin.assessment/1',
  id: 'assessment-0001',
  status: 'final',
  bundle: { sessionId: 'session-0001', chainHead: 'a'.repeat(64), eventCount: 120 },
  subject: { id: 'wp-demo-a', hash: 'b'.repeat(64), cms: 'wordpress', letter: 'A' },
  candidate: { number: '10001', lastName: 'Dupont', firstName: 'Léa' },
  commission: 'C12',
  date: '2026-06-03',
  examiner: { name: 'Mme Martin' },
  questions: [
    { questionId: 'q1', level: 'S', suggested: 'TS', overridden: true, comment: '', competences: [] },
    { questionId: 'q2', level: 'TS', suggested: 'TS', overridden: false, comment: '', competences: [] },
    { questionId: 'q3', level: 'I', suggested: 'I', overridden: false, comment: '', competences: [] },
  ],
  notes: [],
  mark: 13.5,
  suggestedMark: 12.5,
  appreciation: 'Travail soigné.',
  updatedAt: '2026-06-03T10:00:00.000Z',
  ...over,
});
