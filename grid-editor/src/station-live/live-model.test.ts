/**
 * The station's live candidate read as a review column, and the review component's edits read
 * back as the station's draft changes.
 */
import { describe, expect, it } from 'vitest';
import { addNote, setCompetenceLevel, setLevel } from '../../../shared/assessment/assessment.ts';
import { evaluate } from '../../../shared/rules/evaluate.ts';
import type { SubjectPackage } from '../../../shared/schema/package.ts';
import { type CandidateView, EMPTY_DRAFT } from '../../../shared/station/live.ts';
import { demoPackage, demoSession } from '../../../station/testing.ts';
import { draftChanges, liveColumn } from './live-model.ts';

const pkg: SubjectPackage = demoPackage();

const session = demoSession('51001');
const view = (over: Partial<CandidateView> = {}): CandidateView => {
  return {
    sessionId: session.id,
    session,
    candidate: session.candidate,
    status: 'running',
    startedAt: session.startedAt,
    durationMinutes: session.durationMinutes,
    state: 'connected',
    count: 0,
    total: 0,
    lagMs: null,
    lastContact: Date.parse('2026-12-07T10:00:00Z'),
    head: '0'.repeat(64),
    suggestions: {},
    questions: evaluate(pkg.subject, []).questions,
    candidateNotes: { q2: 'Réponse cordiale, signée.' },
    draft: structuredClone(EMPTY_DRAFT),
    final: false,
    version: 1,
    ...over,
  };
};

describe('liveColumn', () => {
  it('gives the review the rules’ results, the draft as an assessment and the candidate’s notes', () => {
    const draft = {
      ...structuredClone(EMPTY_DRAFT),
      levels: { q1: 'S' as const },
      comments: { q1: 'Bien' },
      competences: { q1: { 'wp.post.publish': 'TS' as const } },
      interviewNotes: [
        { questionId: 'q1', question: 'Pourquoi ?', answer: 'Parce que.', at: '2026-12-07T10:01:00Z' },
      ],
      mark: 12,
    };
    const column = liveColumn(view({ draft }), pkg, 'Alice');
    expect(column.key).toBe(view().sessionId);
    expect(column.evaluation?.questions.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    const q1 = column.assessment.questions[0]!;
    expect(q1).toMatchObject({ questionId: 'q1', level: 'S', comment: 'Bien' });
    expect(q1.competences).toContainEqual({ id: 'wp.post.publish', level: 'TS' });
    expect(column.assessment.notes).toMatchObject([{ questionId: 'q1', question: 'Pourquoi ?' }]);
    expect(column.assessment).toMatchObject({ mark: 12, status: 'draft', examiner: { name: 'Alice' } });
    const note = column.bundle.events.find((e) => e.kind === 'task.noteSaved');
    expect(note?.data).toMatchObject({ questionId: 'q2', text: 'Réponse cordiale, signée.' });
  });

  it('locks the review’s controls once the station holds the final assessment', () => {
    expect(liveColumn(view({ final: true }), pkg, 'Alice').assessment.status).toBe('final');
  });
});

describe('draftChanges', () => {
  const before = liveColumn(view(), pkg, 'Alice').assessment;

  it('turns a level, a comment, a compétence and an added note into draft changes', () => {
    let after = setLevel(before, 'q2', 'TS', 'Très bien');
    after = setCompetenceLevel(after, 'q1', 'wp.post.publish', 'I');
    after = addNote(after, { questionId: 'q3', question: 'Et ce réglage ?', answer: '' }, new Date());
    expect(draftChanges(before, after)).toEqual([
      { questionId: 'q1', competence: { id: 'wp.post.publish', level: 'I' } },
      { questionId: 'q2', level: 'TS' },
      { questionId: 'q2', comment: 'Très bien' },
      { questionId: 'q3', note: { question: 'Et ce réglage ?', answer: '' } },
    ]);
  });

  it('gives nothing when nothing the station keeps changed', () => {
    expect(draftChanges(before, { ...before, appreciation: 'ignored here' })).toEqual([]);
  });
});
