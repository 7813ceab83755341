/**
 * What the examiner enters during the exam, per candidate: levels, comments, notes, the
 * « demander une justification » markers (each tied to a moment — the seq and elapsed time
 * reached — and a question), a mark. Finalising turns it into a shared/assessment Assessment
 * built from the station's own copy of the evidence, locked and hashed, stored on the station.
 */
import {
  addNote,
  createDraft,
  finalise,
  setCompetenceLevel,
  setLevel,
} from '../../shared/assessment/assessment.ts';
import { suggestMark } from '../../shared/assessment/points.ts';
import { evaluate } from '../../shared/rules/evaluate.ts';
import type { Assessment } from '../../shared/schema/assessment.ts';
import { CHAIN_ALGORITHM, type EvidenceBundle } from '../../shared/schema/bundle.ts';
import { LEVELS, type Level } from '../../shared/schema/common.ts';
import type { SubjectPackage } from '../../shared/schema/package.ts';
import type { Session } from '../../shared/schema/session.ts';
import { type Draft, type DraftChange, EMPTY_DRAFT, type Marker } from '../../shared/station/live.ts';
import type { Database } from '../db/database.ts';
import { storedEvents } from '../ingest/ingest.ts';

export type { Draft, DraftChange, Marker };

export const readDraft = async (
  db: Database,
  sessionId: string,
): Promise<{ draft: Draft; final: boolean }> => {
  const row = (
    await db.query<{ draft: string; assessment: string | null }>(
      'select draft, assessment from marks where session_id = $1',
      [sessionId],
    )
  )[0];
  return {
    draft: { ...structuredClone(EMPTY_DRAFT), ...(row ? (JSON.parse(row.draft) as Partial<Draft>) : {}) },
    final: Boolean(row?.assessment),
  };
};

const writeDraft = (db: Database, sessionId: string, draft: Draft) =>
  db.query(
    `insert into marks (session_id, draft, updated_at) values ($1, $2, $3)
     on conflict (session_id) do update set draft = excluded.draft, updated_at = excluded.updated_at`,
    [sessionId, JSON.stringify(draft), Date.now()],
  );

/** Applies one change; returns a French error for a bad value, or null when stored. */
export const changeDraft = async (
  db: Database,
  sessionId: string,
  pkg: SubjectPackage,
  change: DraftChange,
): Promise<string | null> => {
  const questionIds = pkg.subject.questions.map((q) => q.id);
  const { draft, final } = await readDraft(db, sessionId);
  if (final) return 'Évaluation déjà finalisée.';
  if (change.questionId !== undefined && !questionIds.includes(change.questionId))
    return 'Question inconnue.';
  if (change.level !== undefined) {
    if (change.questionId === undefined || (change.level !== null && !LEVELS.includes(change.level)))
      return 'Niveau invalide.';
    draft.levels[change.questionId] = change.level;
  }
  if (change.comment !== undefined) {
    if (change.questionId === undefined || typeof change.comment !== 'string' || change.comment.length > 5000)
      return 'Commentaire invalide.';
    draft.comments[change.questionId] = change.comment;
  }
  if (change.competence !== undefined) {
    const question = pkg.subject.questions.find((q) => q.id === change.questionId);
    const { id, level } = (change.competence ?? {}) as { id?: unknown; level?: unknown };
    if (!question || typeof id !== 'string' || !question.competences.includes(id))
      return 'Compétence inconnue pour cette question.';
    if (level !== null && !LEVELS.includes(level as Level)) return 'Niveau invalide.';
    draft.competences[question.id] = { ...draft.competences[question.id], [id]: level as Level | null };
  }
  if (change.note !== undefined) {
    const { question, answer = '' } = (change.note ?? {}) as { question?: unknown; answer?: unknown };
    if (
      typeof question !== 'string' ||
      question.trim() === '' ||
      question.length > 2000 ||
      typeof answer !== 'string' ||
      answer.length > 2000
    )
      return 'Note d’entretien invalide (une question, 2 000 caractères au plus).';
    if (draft.interviewNotes.length >= 500) return 'Trop de notes.';
    draft.interviewNotes.push({
      questionId: change.questionId ?? null,
      question: question.trim(),
      answer: answer.trim(),
      at: new Date().toISOString(),
    });
  }
  if (change.notes !== undefined) {
    if (typeof change.notes !== 'string' || change.notes.length > 10_000) return 'Notes invalides.';
    draft.notes = change.notes;
  }
  if (change.mark !== undefined) {
    if (
      change.mark !== null &&
      !(
        Number.isFinite(change.mark) &&
        change.mark >= 0 &&
        change.mark <= 20 &&
        Number.isInteger(change.mark * 2)
      )
    )
      return 'Note /20 invalide (demi-points de 0 à 20).';
    draft.mark = change.mark;
  }
  await writeDraft(db, sessionId, draft);
  return null;
};

export const addMarker = async (
  db: Database,
  sessionId: string,
  marker: Omit<Marker, 'at'>,
  now: Date,
): Promise<string | null> => {
  const { draft, final } = await readDraft(db, sessionId);
  if (final) return 'Évaluation déjà finalisée.';
  if (draft.markers.length >= 200) return 'Trop de marqueurs.';
  draft.markers.push({ ...marker, note: marker.note.slice(0, 500), at: now.toISOString() });
  await writeDraft(db, sessionId, draft);
  return null;
};

/** The evidence as the station received it, in the bundle format the workstation exports. */
export const stationBundle = async (
  db: Database,
  sessionId: string,
  pkg: SubjectPackage,
): Promise<EvidenceBundle> => {
  const row = (
    await db.query<{ session: string; head: string }>(
      'select session, head from candidate_sessions where id = $1',
      [sessionId],
    )
  )[0];
  if (!row) throw new Error('unknown session');
  const events = await storedEvents(db, sessionId);
  return {
    format: 'temoin.bundle/1',
    exportedAt: new Date().toISOString(),
    session: JSON.parse(row.session) as Session,
    subjectPackage: pkg,
    events,
    chain: { algorithm: CHAIN_ALGORITHM, count: events.length, head: row.head },
  };
};

export const finaliseDraft = async (
  db: Database,
  sessionId: string,
  pkg: SubjectPackage,
  examinerName: string,
  now: Date,
): Promise<{ ok: true; assessment: Assessment } | { ok: false; error: string }> => {
  const { draft, final } = await readDraft(db, sessionId);
  if (final) return { ok: false, error: 'Évaluation déjà finalisée.' };
  const bundle = await stationBundle(db, sessionId, pkg);
  const evaluation = evaluate(pkg.subject, bundle.events);
  let assessment = createDraft({ bundle, evaluation, examinerName, id: crypto.randomUUID(), now });
  for (const question of assessment.questions)
    assessment = setLevel(
      assessment,
      question.questionId,
      draft.levels[question.questionId] ?? null,
      draft.comments[question.questionId] ?? '',
    );
  for (const [questionId, levels] of Object.entries(draft.competences))
    for (const [competenceId, level] of Object.entries(levels))
      assessment = setCompetenceLevel(assessment, questionId, competenceId, level);
  const missing = assessment.questions.filter((q) => q.level === null);
  if (missing.length > 0)
    return { ok: false, error: `Niveau manquant : ${missing.map((q) => q.questionId).join(', ')}.` };
  for (const marker of draft.markers)
    assessment = addNote(
      assessment,
      {
        questionId: marker.questionId,
        question: `Justification demandée (événement ${marker.seq}, ${Math.round(marker.elapsedMs / 60000)} min)${marker.note ? ` : ${marker.note}` : ''}`,
      },
      new Date(marker.at),
    );
  for (const note of draft.interviewNotes)
    assessment = addNote(
      assessment,
      { questionId: note.questionId, question: note.question, answer: note.answer },
      new Date(note.at),
    );
  if (draft.notes.trim())
    assessment = addNote(assessment, { questionId: null, question: draft.notes.trim() }, now);
  assessment = { ...assessment, mark: draft.mark ?? suggestMark(assessment.questions.map((q) => q.level)) };
  const locked = await finalise(assessment, now);
  await db.query('update marks set assessment = $2, updated_at = $3 where session_id = $1', [
    sessionId,
    JSON.stringify(locked),
    now.getTime(),
  ]);
  return { ok: true, assessment: locked };
};

export const assessmentOf = async (db: Database, sessionId: string): Promise<Assessment | null> => {
  const row = (
    await db.query<{ assessment: string | null }>('select assessment from marks where session_id = $1', [
      sessionId,
    ])
  )[0];
  return row?.assessment ? (JSON.parse(row.assessment) as Assessment) : null;
};
