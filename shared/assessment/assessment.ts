/**
 * An examiner's assessment of one bundle: created as a draft from the bundle and the rules'
 * suggestions, filled in, then finalised — which locks it and records the bundle's chain head
 * and the assessment's own hash.
 */
import { canonicalize } from '../bundle/jcs.ts';
import { sha256Hex } from '../bundle/sha256.ts';
import type { EvaluationResult } from '../rules/types.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { EvidenceBundle } from '../schema/bundle.ts';
import type { Level } from '../schema/common.ts';
import { suggestMark } from './points.ts';

export interface DraftInput {
  bundle: EvidenceBundle;
  evaluation?: EvaluationResult;
  examinerName: string;
  id: string;
  now: Date;
}

export const createDraft = ({ bundle, evaluation, examinerName, id, now }: DraftInput): Assessment => {
  const subject = bundle.subjectPackage?.subject;
  const suggestions = new Map(evaluation?.questions.map((q) => [q.questionId, q.level]) ?? []);
  const questions = (subject?.questions ?? []).map((question) => ({
    questionId: question.id,
    level: null,
    suggested: suggestions.get(question.id) ?? null,
    overridden: false,
    comment: '',
    competences: question.competences.map((competence) => ({ id: competence, level: null })),
  }));
  return {
    format: 'temoin.assessment/1',
    id,
    status: 'draft',
    bundle: { sessionId: bundle.session.id, chainHead: bundle.chain.head, eventCount: bundle.events.length },
    subject: {
      id: bundle.session.subject.id,
      hash: bundle.session.subject.hash,
      cms: bundle.session.subject.cms,
      ...(bundle.session.subject.letter ? { letter: bundle.session.subject.letter } : {}),
      ...(subject?.code ? { code: subject.code } : {}),
    },
    candidate: bundle.session.candidate,
    ...(bundle.session.commission ? { commission: bundle.session.commission } : {}),
    date: bundle.session.startedAt.slice(0, 10),
    examiner: { name: examinerName },
    questions,
    notes: [],
    mark: null,
    suggestedMark: null,
    appreciation: '',
    updatedAt: now.toISOString(),
  };
};

/** Sets a question's level; whether it overrides the suggestion is derived, never typed in. */
export const setLevel = (
  assessment: Assessment,
  questionId: string,
  level: Level | null,
  comment?: string,
): Assessment => {
  if (assessment.status === 'final') throw new Error('assessment is final');
  const questions = assessment.questions.map((q) =>
    q.questionId === questionId
      ? {
          ...q,
          level,
          overridden: level !== null && q.suggested !== null && level !== q.suggested,
          ...(comment !== undefined ? { comment } : {}),
        }
      : q,
  );
  return { ...assessment, questions, suggestedMark: suggestMark(questions.map((q) => q.level)) };
};

export const assessmentHash = (assessment: Assessment): Promise<string> => {
  const { hash: _ignored, ...rest } = assessment;
  return sha256Hex(canonicalize(rest));
};

/** Locks the assessment: status final, date, hash over everything else. */
export const finalise = async (assessment: Assessment, now: Date): Promise<Assessment> => {
  if (assessment.mark === null) throw new Error('a final assessment needs a mark');
  const missing = assessment.questions.filter((q) => q.level === null).map((q) => q.questionId);
  if (missing.length > 0) throw new Error(`levels missing for ${missing.join(', ')}`);
  const final: Assessment = {
    ...assessment,
    status: 'final',
    finalisedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return { ...final, hash: await assessmentHash(final) };
};

export const verifyAssessment = async (assessment: Assessment): Promise<boolean> =>
  assessment.status !== 'final' ||
  (assessment.hash !== undefined && assessment.hash === (await assessmentHash(assessment)));

/** Sets the level of one compétence opérationnelle of a question. */
export const setCompetenceLevel = (
  assessment: Assessment,
  questionId: string,
  competenceId: string,
  level: Level | null,
): Assessment => {
  if (assessment.status === 'final') throw new Error('assessment is final');
  return {
    ...assessment,
    questions: assessment.questions.map((q) =>
      q.questionId === questionId
        ? { ...q, competences: q.competences.map((c) => (c.id === competenceId ? { ...c, level } : c)) }
        : q,
    ),
  };
};

/** Adds a timestamped note of a question asked to the candidate and the answer. */
export const addNote = (
  assessment: Assessment,
  note: { questionId: string | null; question: string; answer?: string },
  now: Date,
): Assessment => {
  if (assessment.status === 'final') throw new Error('assessment is final');
  return {
    ...assessment,
    notes: [
      ...assessment.notes,
      {
        at: now.toISOString(),
        questionId: note.questionId,
        question: note.question,
        answer: note.answer ?? '',
      },
    ],
  };
};

/**
 * The rules' suggestions again (a live session goes on): `suggested` follows the evaluation,
 * `overridden` is derived again; the examiner's levels are left as they are.
 */
export const refreshSuggestions = (assessment: Assessment, evaluation: EvaluationResult): Assessment => {
  if (assessment.status === 'final') return assessment;
  const suggestions = new Map(evaluation.questions.map((q) => [q.questionId, q.level]));
  return {
    ...assessment,
    questions: assessment.questions.map((q) => {
      const suggested = suggestions.get(q.questionId) ?? null;
      return { ...q, suggested, overridden: q.level !== null && suggested !== null && q.level !== suggested };
    }),
  };
};
