/**
 * What a harmonisation report is made of — one assessment as an entry, its flags, the settings
 * that raise them — apart from the code that computes them, so that report.ts and flags.ts
 * both depend on these types instead of on each other.
 */
import type { EvaluationResult } from '../rules/types.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { EvidenceBundle } from '../schema/bundle.ts';
import type { Level } from '../schema/common.ts';
import type { Subject } from '../schema/subject.ts';
import type { Locale } from './format.ts';
import type { ExpectedMark } from './points.ts';

export type FlagKind = 'examiner-deviation' | 'mark-levels' | 'levels-suggestions' | 'station-copy';
export const FLAG_KINDS: readonly FlagKind[] = [
  'examiner-deviation',
  'mark-levels',
  'levels-suggestions',
  'station-copy',
];

/** What the examiner's station received of one candidate session: `count` events ending at `head`. */
export interface StationAnchor {
  sessionId: string;
  candidate: string;
  /** The commission's examiner (display name), for a flag without an assessment. */
  examiner: string;
  count: number;
  head: string;
}

export interface Flag {
  kind: FlagKind;
  /** Unique within a report: `<kind>:<examiner key or assessment id>`. */
  key: string;
  examinerKey: string;
  examiner: string;
  /** The assessment flagged, or every assessment of the examiner flagged. */
  assessmentIds: string[];
  reason: Record<Locale, string>;
  /** The size of the disagreement (points, or questions), to sort by. */
  magnitude: number;
}

export interface HarmonisationSettings {
  /** Examiner flag: |deviation| in points above which an examiner is flagged. Default 2. */
  examinerThreshold: number;
  /** Examiner flag: fewest marks an examiner needs to be compared (and to count in others' reference). Default 5. */
  minCandidates: number;
  /** Mark vs levels: |mark − expected mark| in points above which an assessment is flagged. Default 4. */
  markTolerance: number;
  /** Levels vs suggestions: flagged when at least this many questions differ from the suggestion. Default 2. */
  suggestionMinQuestions: number;
  /** Levels vs suggestions: …or when one question differs by at least this many levels. Default 2. */
  suggestionMinGap: number;
}

export const DEFAULT_SETTINGS: Readonly<HarmonisationSettings> = Object.freeze({
  examinerThreshold: 2,
  minCandidates: 5,
  markTolerance: 4,
  suggestionMinQuestions: 2,
  suggestionMinGap: 2,
});

export interface EntryQuestion {
  questionId: string;
  /** « Q1 »: the subject's number when the subject is known, else the position. */
  label: string;
  title: string | null;
  /** The subject's criteria for this question, when the subject is known. */
  criteria: string[] | null;
  level: Level | null;
  /** The suggestion shown to the examiner, else the one computed again from the bundle. */
  suggested: Level | null;
  suggestedFrom: 'assessment' | 'evidence' | null;
  overridden: boolean;
  comment: string;
  /** From the bundle, when loaded: that question's evaluation by the rules engine. */
  evaluation: EvaluationResult['questions'][number] | null;
}

/** One assessment as the report sees it. */
export interface Entry {
  id: string;
  file: string;
  assessment: Assessment;
  examinerKey: string;
  examiner: string;
  subjectKey: string;
  subjectLabel: string;
  candidate: string;
  mark: number | null;
  expected: ExpectedMark | null;
  questions: EntryQuestion[];
  subject: Subject | null;
  bundle: EvidenceBundle | null;
  flags: Flag[];
}
