/**
 * Calibration: recorded sessions with the level an examiner gave each question, and how far
 * the subject's rules, as they are being edited, agree with those levels (exact, within one,
 * confusion by level), with the rules that made each difference.
 *
 * A labelled recording is an evidence bundle (`.temoin.json`, read with the one bundle reader)
 * or a `temoin.labelled/1` file: `{ format, id, labels: { q1: "S", … }, events }` or with the
 * whole `bundle` instead of `events`. Events alone carry no seal: their hash chain is checked
 * for consistency, so an edited event is refused as in a bundle.
 */
import { z } from 'zod';
import { verifyChain } from '../../../shared/bundle/chain.ts';
import { readBundle } from '../../../shared/bundle/read.ts';
import { type Agreement, agreement, type LabelledRow } from '../../../shared/rules/agreement.ts';
import { Level } from '../../../shared/schema/common.ts';
import {
  CaptureEvent,
  type CaptureEvent as CaptureEventType,
  type EvidenceBundle,
  type Problem,
} from '../../../shared/schema/index.ts';
import { type Recording, runRuleTests } from './rule-test.ts';

export const LABELLED_FORMAT = 'temoin.labelled/1';

export interface LabelledRecording {
  /** File name it was opened from. */
  name: string;
  /** The session's name in tables (the file's `id`, else the candidate number). */
  id: string;
  recording: Recording;
  /** The examiner's level per question id; a question without one is not counted. */
  labels: Partial<Record<string, Level>>;
}

const LabelledFile = z.object({
  format: z.literal(LABELLED_FORMAT),
  id: z.string().min(1).max(200),
  labels: z.record(z.string().max(100), Level),
  events: z.array(CaptureEvent).max(50_000).optional(),
  bundle: z.unknown().optional(),
});

export type LabelledOutcome = { ok: true; labelled: LabelledRecording } | { ok: false; problems: Problem[] };

const problem = (fr: string, en: string, path = ''): Problem => ({ path, code: 'labelled', fr, en });

/** A bundle made of events only (a labelled set keeps the events, the subject comes from the workspace). */
const eventsOnly = (id: string, events: EvidenceBundle['events']): EvidenceBundle =>
  ({
    format: 'temoin.bundle/1',
    session: { id, subject: { id: '' }, candidate: { number: id } },
    events,
    chain: { head: events.at(-1)?.hash ?? '', count: events.length },
  }) as unknown as EvidenceBundle;

export const readLabelled = async (name: string, text: string): Promise<LabelledOutcome> => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [problem('Ce fichier n’est pas du JSON.', 'This file is not JSON.')] };
  }
  const isLabelled = (json as { format?: unknown } | null)?.format === LABELLED_FORMAT;
  if (!isLabelled) {
    const read = await readBundle(text);
    if (!read.ok) return read;
    const recording = { name, bundle: read.bundle, text };
    return {
      ok: true,
      labelled: { name, id: read.bundle.session.candidate.number, recording, labels: {} },
    };
  }
  const parsed = LabelledFile.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 10)
        .map((issue) =>
          problem(
            `Fichier étiqueté invalide : ${issue.message}`,
            `Invalid labelled file: ${issue.message}`,
            issue.path.join('.'),
          ),
        ),
    };
  const file = parsed.data;
  let bundle: EvidenceBundle;
  if (file.bundle !== undefined) {
    const read = await readBundle(JSON.stringify(file.bundle));
    if (!read.ok) return read;
    bundle = read.bundle;
  } else if (file.events) {
    const events = file.events as CaptureEventType[];
    const chain = await verifyChain(events, events.at(-1)?.hash);
    if (!chain.ok)
      return {
        ok: false,
        problems: [
          problem(
            `La chaîne des événements est rompue à l’événement ${chain.seq} : le fichier a été modifié.`,
            `The events' chain breaks at event ${chain.seq}: the file was changed.`,
            `events.${chain.seq}`,
          ),
        ],
      };
    bundle = eventsOnly(file.id, events);
  } else
    return {
      ok: false,
      problems: [
        problem('Il manque les événements (events ou bundle).', 'Events are missing (events or bundle).'),
      ],
    };
  return {
    ok: true,
    labelled: { name, id: file.id, recording: { name, bundle, text }, labels: file.labels },
  };
};

/** The labelled recording as a `temoin.labelled/1` file, to keep the examiner's levels. */
export const labelledText = (labelled: LabelledRecording): string =>
  `${JSON.stringify({
    format: LABELLED_FORMAT,
    id: labelled.id,
    labels: labelled.labels,
    events: labelled.recording.bundle.events,
  })}\n`;

export interface CalibrationRow extends LabelledRow {
  /** The question's title as written in the subject. */
  questionTitle: string;
  /** What the rules said: the engine's explanation. */
  explanation: string;
  /**
   * The rules that made the difference: when the suggestion is below the examiner's level,
   * those that failed; above it, those that passed. Empty when both agree.
   */
  differences: string[];
}

export interface Calibration {
  agreement: Agreement;
  rows: CalibrationRow[];
  /** Questions of the subject with no label on some recording (not counted). */
  unlabelled: number;
}

const RANK: Readonly<Record<Level, number>> = { TI: 0, I: 1, S: 2, TS: 3 };

/** Runs the subject draft's rules on every labelled recording and compares with the labels. */
export const calibrate = (
  draft: unknown,
  base: string,
  labelled: readonly LabelledRecording[],
): Calibration => {
  const rows: CalibrationRow[] = [];
  let unlabelled = 0;
  for (const item of labelled) {
    const run = runRuleTests(draft, base, item.recording);
    for (const question of run.questions) {
      const expected = item.labels[question.questionId];
      if (!expected) {
        unlabelled += 1;
        continue;
      }
      const suggested = (Level.safeParse(question.level).data ?? null) as Level | null;
      const below = suggested === null || RANK[suggested] < RANK[expected];
      const above = suggested !== null && RANK[suggested] > RANK[expected];
      const differences = below
        ? question.rules.filter((rule) => rule.status !== 'passed')
        : above
          ? question.rules.filter((rule) => rule.status === 'passed')
          : [];
      rows.push({
        sessionId: item.id,
        questionId: question.questionId,
        questionTitle: question.title,
        expected,
        suggested,
        explanation: question.explanation,
        differences: differences.map((rule) => rule.title || rule.ruleId),
      });
    }
  }
  return { agreement: agreement(rows), rows, unlabelled };
};
