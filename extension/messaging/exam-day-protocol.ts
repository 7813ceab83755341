/**
 * Exam-day requests from the popup (examiner only, PIN where a decision is taken): extra time,
 * pauses, the sessions kept on the workstation, their export and their purge. Kept apart from
 * protocol.ts so the session basics stay readable; both make up one `Request` union.
 */
import { z } from 'zod';
import type { ExamTiming } from '../session/clock.ts';

const Pin = z.string().max(40);
const SessionId = z.string().min(8).max(64);

export const EXAM_DAY_REQUESTS = [
  z
    .object({
      type: z.literal('session.extendTime'),
      pin: Pin,
      /** « Tiers-temps »: a third of the subject's duration; otherwise `minutes`. */
      third: z.boolean().optional(),
      minutes: z.number().int().min(1).max(240).optional(),
      reason: z.string().max(500).optional(),
    })
    .strict(),
  z.object({ type: z.literal('session.pause'), pin: Pin, reason: z.string().max(500) }).strict(),
  z.object({ type: z.literal('session.unpause'), pin: Pin }).strict(),
  z.object({ type: z.literal('session.list') }).strict(),
  z
    .object({
      type: z.literal('session.exported'),
      sessionId: SessionId,
      filename: z.string().max(400),
      head: z.string().regex(/^[0-9a-f]{64}$/),
      count: z.number().int().min(0),
    })
    .strict(),
  z.object({ type: z.literal('session.purge'), pin: Pin, sessionId: SessionId }).strict(),
] as const;

/** One session kept in the workstation's IndexedDB, as the popup lists it. */
export interface KeptSession {
  id: string;
  candidateNumber: string;
  subjectTitle: string;
  startedAt: string;
  endedAt: string | null;
  status: 'running' | 'ended';
  eventCount: number;
  /**
   * The evidence as it stands now is safe elsewhere: a verified export of it, or the station's
   * acknowledgement of the whole chain (`exportedTo` says which).
   */
  exported: boolean;
  exportedTo: 'file' | 'station' | null;
  exportedAt: number | null;
  exportedFile: string | null;
  /** When the retention period purges it (start-up after this date, after a warning). */
  purgeAfter: number;
  /** Start-up already warned: the next start-up purges it. */
  retentionWarned: boolean;
}

export interface ExamDayResponses {
  'session.extendTime': { ok: true; timing: ExamTiming };
  'session.pause': { ok: true; timing: ExamTiming };
  'session.unpause': { ok: true; timing: ExamTiming };
  'session.list': { ok: true; sessions: KeptSession[]; retentionDays: number };
  'session.exported': { ok: true };
  'session.purge': { ok: true };
}
