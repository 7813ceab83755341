/**
 * Messages to the background, one typed union. The background validates every request with
 * these schemas: content scripts run on pages we do not control.
 */
import { z } from 'zod';
import type { Problem } from '../../shared/schema/problems.ts';
import type { Session } from '../../shared/schema/session.ts';
import type { Annex, Question, Variable } from '../../shared/schema/subject.ts';
import type { ExamTiming } from '../session/clock.ts';
import { Settings } from '../settings/settings.ts';
import { EXAM_DAY_REQUESTS, type ExamDayResponses } from './exam-day-protocol.ts';

const QuestionId = z.string().min(1).max(120);
/** The examiner's PIN as typed: digits, or a passphrase (see background/session/pin.ts). */
const Pin = z.string().max(128);
const TaskStatusSchema = z.enum(['todo', 'doing', 'done']);

/** Where the candidate says a question stands (the overlay's three-state toggle). */
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** A question's state as the overlay shows it; the background stores it as is. */
export interface TaskState {
  status: TaskStatus;
  note: string;
}

/** An event as a content script or page proposes it; the background adds the envelope. */
export const ProposedEvent = z
  .object({
    id: z.string().min(8).max(64),
    kind: z.string().max(60),
    time: z.number().int().min(0),
    url: z.string().max(4000),
    trusted: z.boolean(),
    data: z.record(z.string(), z.unknown()),
  })
  .strict();
export type ProposedEvent = z.infer<typeof ProposedEvent>;

/**
 * Who sent a request, as the background sees it (never as the sender says): a content script
 * on a page of the reference site, one of the extension's own pages, or the background itself.
 */
export type SenderRole = 'content-script' | 'extension-page' | 'background';

/**
 * What a content script may propose in `capture.events`: what it observes in the page, and
 * `capture.warning` (its own problems, which the background records as `integrity.warning`).
 * Everything else — `session.*`, `examiner.*`, `integrity.*`, `pin.*`, the adapters' semantic
 * kinds — is the background's to write.
 */
export const CONTENT_SCRIPT_KINDS = [
  'nav.visited',
  'ui.clicked',
  'ui.changed',
  'form.submitted',
  'page.seo',
  'capture.warning',
] as const;
export type ContentScriptKind = (typeof CONTENT_SCRIPT_KINDS)[number];

/** The requests a content script may make (the capture and the overlay); pages may make the rest. */
export const CONTENT_SCRIPT_REQUESTS = [
  'capture.context',
  'capture.events',
  'session.view',
  'session.tab',
  'task.setStatus',
  'task.saveNote',
  'overlay.toggled',
  'overlay.activeQuestion',
] as const;

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('package.import'), text: z.string().max(64 * 1024 * 1024) }).strict(),
  z.object({ type: z.literal('package.current') }).strict(),
  z
    .object({
      type: z.literal('session.start'),
      candidate: z
        .object({
          number: z.string().max(40),
          lastName: z.string().max(100).optional(),
          firstName: z.string().max(100).optional(),
        })
        .strict(),
      commission: z.string().max(40).optional(),
      pin: Pin,
      browser: z.string().max(200),
      /** The examiner knows the previous session was never exported and starts anyway. */
      confirmUnexported: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('session.end'), pin: Pin }).strict(),
  z.object({ type: z.literal('session.status') }).strict(),
  z.object({ type: z.literal('session.view') }).strict(),
  z.object({ type: z.literal('session.tab') }).strict(),
  z.object({ type: z.literal('session.export'), sessionId: z.string().max(64).optional() }).strict(),
  z.object({ type: z.literal('pin.status') }).strict(),
  z.object({ type: z.literal('pin.set'), current: Pin.optional(), next: Pin }).strict(),
  // Settings go through the background: it checks the PIN and records changes during a session.
  z.object({ type: z.literal('settings.save'), settings: Settings, pin: Pin.optional() }).strict(),
  z
    .object({
      type: z.literal('task.setStatus'),
      questionId: QuestionId,
      status: TaskStatusSchema,
      trusted: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('task.saveNote'),
      questionId: QuestionId,
      text: z.string().max(5000),
      trusted: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('overlay.toggled'), visible: z.boolean(), trusted: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('overlay.activeQuestion'),
      questionId: QuestionId.nullable(),
      /** When the candidate switched (page clock, epoch ms); events are stamped by their own time. */
      at: z.number().int().min(0).optional(),
    })
    .strict(),
  z.object({ type: z.literal('capture.events'), events: z.array(ProposedEvent).max(2000) }).strict(),
  z.object({ type: z.literal('capture.context') }).strict(),
  ...EXAM_DAY_REQUESTS,
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

export interface Refusal {
  ok: false;
  fr: string;
  en: string;
  problems?: Problem[];
  /**
   * `storage-error`: nothing was written (full disk…); the sender keeps its events and retries.
   * `unexported`: the previous session was never exported; the examiner must confirm.
   * `pin-locked`: too many wrong PINs in a row; the message says how long to wait.
   * `permission`: the browser withholds a permission capture needs (`missing` says which).
   */
  code?: 'storage-error' | 'unexported' | 'pin-locked' | 'permission';
  missing?: { origins: string[]; permissions: string[] };
}

/** The last evidence write failed; cleared by the next write that succeeds. */
export interface StorageWarning {
  /** `quota`: the disk or the browser's storage quota is full. */
  kind: 'quota' | 'error';
  /** Error name and message, for the examiner's report. */
  detail: string;
  /** The running session when it happened, if it could still be read. */
  sessionId: string | null;
  since: number;
  lastAt: number;
  failures: number;
}
export type Result<T = object> = ({ ok: true } & T) | Refusal;

export interface PackageSummary {
  hash: string;
  subjectId: string;
  title: string;
  letter: string;
  cms: string;
  code?: string;
  questionCount: number;
  durationMinutes: number;
}

export interface SessionStatus {
  session: Session;
  eventCount: number;
  lastEventAt: number | null;
  /** Extra time and pauses the examiner decided (exam-day-protocol.ts). */
  timing: ExamTiming;
  /** The hash chain's head (hex): shown short to the examiner at the end, as an anchor. */
  chainHead: string;
}

/** What the overlay needs to show the subject to the candidate. */
export interface SessionView {
  sessionId: string;
  status: Session['status'];
  title: string;
  companyName: string;
  startedAt: string;
  durationMinutes: number;
  questions: Pick<Question, 'id' | 'number' | 'title' | 'instructions' | 'criteria' | 'annexes'>[];
  annexes: Annex[];
  variables: Variable[];
  tasks: Record<string, TaskState>;
  activeQuestionId: string | null;
  timing: ExamTiming;
}

/**
 * What the folded tab shows (the time left), without the subject: asked on every page load of
 * the reference site, where `session.view` would carry (and copy) the whole subject.
 */
export type TabView = Pick<SessionView, 'sessionId' | 'status' | 'startedAt' | 'durationMinutes' | 'timing'>;

/** What a capture script needs to know before it observes anything. */
export interface CaptureContext {
  sessionId: string;
  startedAt: string;
  /** Subject variables (keyword, voucher…) by name, for the SEO snapshot's keyword check. */
  variables: Record<string, string>;
  referenceOrigins: string[];
  allowedOrigins: string[];
  /** Centre-configured CSS selectors of fields never to record. */
  sensitiveSelectors: string[];
  /**
   * The session's secret for the unsent-event queue kept in the page's sessionStorage: only
   * the content script's memory holds it, so a page script cannot sign an entry.
   */
  pendingKey: string;
}

type Answer<T> = T extends { ok: true } ? T | Refusal : never;
type ExamDayResults = { [K in keyof ExamDayResponses]: Answer<ExamDayResponses[K]> };

export interface Responses extends ExamDayResults {
  'package.import': Result<{ summary: PackageSummary }>;
  'package.current': Result<{ summary: PackageSummary | null }>;
  'session.start': Result<{ status: SessionStatus }>;
  'session.end': Result<{ status: SessionStatus }>;
  'session.status': Result<{ status: SessionStatus | null; storageWarning: StorageWarning | null }>;
  'session.view': Result<{ view: SessionView | null }>;
  /**
   * `referenceOrigins`: the running session's (frozen at its start), null when none runs — the
   * overlay's start needs nothing else of `capture.context`.
   */
  'session.tab': Result<{ view: TabView | null; referenceOrigins: string[] | null }>;
  'session.export': Result<{ filename: string; text: string }>;
  'pin.status': Result<{ set: boolean }>;
  'pin.set': Result;
  'settings.save': Result;
  'task.setStatus': Result;
  'task.saveNote': Result;
  'overlay.toggled': Result;
  'overlay.activeQuestion': Result;
  'capture.events': Result<{ acknowledged: string[] }>;
  /** `context: null` when no session is running: capture stays off. */
  'capture.context': Result<{ context: CaptureContext | null }>;
}
