/**
 * The station's live view of a candidate, as the review's components read a candidate: a
 * `Column` (grid-editor/src/review/review-model.ts) built from what the station streams — its
 * subject package, the rules' per-question results, the examiner's draft — so the examiner's
 * screen on the station renders questions with the review's own <ge-review-question>. And the
 * way back: an edit the review component made to the assessment, as the station's draft changes.
 */
import { addNote, createDraft, setCompetenceLevel, setLevel } from '../../../shared/assessment/assessment.ts';
import type { EvaluationResult } from '../../../shared/rules/types.ts';
import type { Assessment } from '../../../shared/schema/assessment.ts';
import { CHAIN_ALGORITHM, type EvidenceBundle } from '../../../shared/schema/bundle.ts';
import type { CaptureEvent } from '../../../shared/schema/event.ts';
import type { SubjectPackage } from '../../../shared/schema/package.ts';
import type { CandidateView, DraftChange } from '../../../shared/station/live.ts';
import type { Column } from '../review/review-model.ts';

/** The candidate's notes as the `task.noteSaved` events the review looks for (text only). */
const noteEvents = (view: CandidateView): CaptureEvent[] =>
  Object.entries(view.candidateNotes).map(
    ([questionId, text], i) =>
      ({
        id: `note-${questionId}`,
        seq: -1 - i,
        kind: 'task.noteSaved',
        questionId,
        data: { questionId, text, length: text.length },
      }) as unknown as CaptureEvent,
  );

/** The live candidate as a review column (`key` is the station's session id). */
export const liveColumn = (view: CandidateView, pkg: SubjectPackage, examinerName: string): Column => {
  const bundle: EvidenceBundle = {
    format: 'temoin.bundle/1',
    exportedAt: new Date(view.lastContact || Date.now()).toISOString(),
    session: view.session,
    subjectPackage: pkg,
    events: noteEvents(view),
    chain: { algorithm: CHAIN_ALGORITHM, count: view.count, head: view.head },
  };
  const evaluation: EvaluationResult = {
    subjectId: pkg.subject.id,
    eventCount: view.count,
    ignoredAfterTime: 0,
    ignoredUnconfirmed: 0,
    lastSeq: view.count > 0 ? view.count - 1 : null,
    questions: view.questions,
    problems: [],
  };
  let assessment = createDraft({
    bundle,
    evaluation,
    examinerName,
    id: view.sessionId,
    now: new Date(view.lastContact || Date.now()),
  });
  const { draft } = view;
  for (const q of assessment.questions) {
    assessment = setLevel(
      assessment,
      q.questionId,
      draft.levels[q.questionId] ?? null,
      draft.comments[q.questionId] ?? '',
    );
    for (const [id, level] of Object.entries(draft.competences[q.questionId] ?? {}))
      assessment = setCompetenceLevel(assessment, q.questionId, id, level);
  }
  for (const note of draft.interviewNotes) assessment = addNote(assessment, note, new Date(note.at));
  assessment = { ...assessment, mark: draft.mark };
  // The review's components lock a final assessment's controls; the station's copy is the record.
  if (view.final) assessment = { ...assessment, status: 'final' };
  return { key: view.sessionId, name: 'station', bundle, text: '', evaluation, rows: [], assessment };
};

/**
 * What the examiner changed, as the station's draft changes: levels and comments, compétences,
 * interview notes added. Anything else the review component might touch is not the station's
 * draft and is ignored.
 */
export const draftChanges = (before: Assessment, after: Assessment): DraftChange[] => {
  const changes: DraftChange[] = [];
  for (const q of after.questions) {
    const old = before.questions.find((x) => x.questionId === q.questionId);
    if (!old) continue;
    if (old.level !== q.level) changes.push({ questionId: q.questionId, level: q.level });
    if (old.comment !== q.comment) changes.push({ questionId: q.questionId, comment: q.comment });
    for (const c of q.competences) {
      const was = old.competences.find((x) => x.id === c.id);
      if (was && was.level !== c.level)
        changes.push({ questionId: q.questionId, competence: { id: c.id, level: c.level } });
    }
  }
  for (const note of after.notes.slice(before.notes.length))
    changes.push({
      ...(note.questionId ? { questionId: note.questionId } : {}),
      note: { question: note.question, answer: note.answer ?? '' },
    });
  return changes;
};
