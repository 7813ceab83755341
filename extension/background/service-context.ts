/**
 * What every handler of the session service shares: the database, the write queue, storage
 * health, and the one way events are written (`record`: recorder, then the semantic layer).
 */
import type { SubjectPackage } from '../../shared/schema/package.ts';
import type { Session } from '../../shared/schema/session.ts';
import type {
  PackageSummary,
  Refusal,
  Request,
  Responses,
  SenderRole,
  SessionStatus,
} from '../messaging/protocol.ts';
import { NO_TIMING } from '../session/clock.ts';
import type { Settings } from '../settings/settings.ts';
import type { PermissionProbe } from '../settings/start-permissions.ts';
import { type Db, getMeta, type SessionRecord } from '../storage/db.ts';
import { readShared } from '../storage/read-cache.ts';
import { createSemanticLayer } from './semantic.ts';
import {
  type AppendOutcomeWithDerived,
  appendEvents,
  type DeriveFromSealed,
  type ProposedEventInput,
  type RecordUpdate,
} from './session/recorder.ts';
import { createStorageHealth, errorText, StorageFailure } from './storage-health.ts';
import { createWriteQueue } from './write-queue.ts';

export interface ServiceDeps {
  db: Db;
  now: () => number;
  newId: () => string;
  extensionVersion: string;
  /** Reference origins configured on the options page. */
  referenceOrigins: () => Promise<string[]>;
  /** The rest of the centre's settings that capture needs. */
  captureSettings?: () => Promise<{ allowedOrigins: string[]; sensitiveSelectors: string[] }>;
  /** Days a session is kept on the workstation (managed configuration; 30 by default). */
  retentionDays?: () => Promise<number>;
  /**
   * Answers the browser's `permissions.contains` (settings/start-permissions.ts): a start
   * without what capture needs is refused. Absent (unit tests without a browser): all granted.
   */
  permissions?: PermissionProbe;
  /**
   * Called after any change a page might show. `events` changes are frequent (every batch):
   * listeners that only care about the session's state skip them.
   */
  onChange?: (sessionId: string | null, reason: ChangeReason, status?: Session['status']) => void;
  pinIterations?: number;
  /** Fetches a public page of the reference site for end-state checks (none in unit tests). */
  fetchPage?: (url: string) => Promise<string | null>;
  /** Runs a task later (end-state checks); setTimeout by default. */
  setTimer?: (run: () => void, ms: number) => void;
  /** The centre's settings (`storage.local`), read and written only through `settings.save`. */
  settings?: { load(): Promise<Settings>; save(settings: Settings): Promise<void> };
}

export type ChangeReason = 'package' | 'session' | 'tasks' | 'events' | 'storage';

export interface Sender {
  url?: string;
  /** Set by the background from the runtime's sender, never from the message. */
  role?: SenderRole;
}

export type Handler<K extends Request['type']> = (
  request: Extract<Request, { type: K }>,
  sender: Sender,
) => Promise<Responses[K]>;

export const refuse = (fr: string, en: string, extra: Partial<Refusal> = {}): Refusal => ({
  ok: false,
  fr,
  en,
  ...extra,
});

export const summarise = (hash: string, pkg: SubjectPackage): PackageSummary => ({
  hash,
  subjectId: pkg.subject.id,
  title: pkg.subject.title,
  letter: pkg.subject.letter,
  cms: pkg.subject.cms,
  ...(pkg.subject.code ? { code: pkg.subject.code } : {}),
  questionCount: pkg.subject.questions.length,
  durationMinutes: pkg.subject.durationMinutes,
});

export const statusOf = (record: SessionRecord): SessionStatus => ({
  session: record.session,
  eventCount: record.chain.seq,
  lastEventAt: record.lastEventAt,
  timing: record.timing ?? NO_TIMING,
  chainHead: record.chain.head,
});

/** How long the end of a session waits for the end-state checks still pending. */
const SETTLE_TIMEOUT_MS = 4_000;

export const createServiceContext = (
  deps: ServiceDeps,
  notify: (sessionId: string | null, reason: ChangeReason, status?: Session['status']) => void,
) => {
  const { db } = deps;
  const serial = createWriteQueue();
  const storage = createStorageHealth(db, deps.now, (sessionId) => notify(sessionId, 'storage'));
  /** Last active session id read, to name the session in a storage warning when reads fail. */
  let knownActiveId: string | null = null;

  const activeRecord = async (): Promise<SessionRecord | undefined> => {
    const id = await getMeta<string>(db, 'activeSession');
    knownActiveId = id ?? null;
    return id ? db.get('sessions', id) : undefined;
  };
  /**
   * The active session's record as the read cache holds it, not copied (`readShared`): for
   * readers that never change it (a frame's context, the capture's write, which copies it).
   */
  const activeShared = async (): Promise<Readonly<SessionRecord> | undefined> => {
    const id = (await readShared(db, 'meta', 'activeSession'))?.value;
    knownActiveId = typeof id === 'string' ? id : null;
    return typeof id === 'string' ? readShared(db, 'sessions', id) : undefined;
  };
  const running = async (shared = false): Promise<SessionRecord | Refusal> => {
    const active = shared ? await activeShared() : await activeRecord();
    if (active?.session.status !== 'running')
      return refuse('Aucune épreuve en cours.', 'No exam is running.');
    return active;
  };
  const currentPackage = async () => {
    const hash = await getMeta<string>(db, 'currentPackage');
    return hash ? db.get('packages', hash) : undefined;
  };
  const proposed = (
    sender: Sender,
    kind: string,
    data: unknown,
    trusted = true,
    questionId?: string | null,
  ): ProposedEventInput => ({
    id: deps.newId(),
    kind,
    time: deps.now(),
    url: sender.url ?? '',
    trusted,
    data,
    ...(questionId !== undefined ? { questionId } : {}),
  });

  const semantic = createSemanticLayer({
    record: (sessionId, events) => serial(() => record(sessionId, events)),
    ...(deps.fetchPage ? { fetchPage: deps.fetchPage } : {}),
    ...(deps.setTimer ? { setTimer: deps.setTimer } : {}),
  });
  const keywords = new Map<string, string | undefined>();
  const keywordOf = async (session: SessionRecord): Promise<{ keyword?: string }> => {
    if (!keywords.has(session.id)) {
      const pkg = (await db.get('packages', session.session.subject.hash))?.pkg;
      keywords.set(session.id, pkg?.subject.variables.find((v) => v.name === 'keyword')?.value);
    }
    const keyword = keywords.get(session.id);
    return keyword ? { keyword } : {};
  };
  /**
   * Appends through the recorder; call inside `serial`. A write failure never escapes as a
   * crash: it is remembered for the popup and thrown as a StorageFailure, which the service
   * turns into a refusal the sender retries. The first write that succeeds afterwards clears
   * the warning and records the gap as an `integrity.warning` in the evidence.
   */
  const record = async (
    sessionId: string,
    events: ProposedEventInput[],
    update?: RecordUpdate,
    /** The session's record just read in the same queued task (a copy the caller gives up). */
    current?: SessionRecord,
  ) => {
    const warning = await storage.current();
    const gap: ProposedEventInput[] =
      warning && (warning.sessionId === sessionId || warning.sessionId === null)
        ? [proposed({}, 'integrity.warning', { code: 'storage-error', detail: storage.gapDetail(warning) })]
        : [];
    let outcome: AppendOutcomeWithDerived;
    let restore: (() => void) | undefined;
    let context: { origins: readonly string[]; keyword?: string } | undefined;
    // The adapters run once over what the batch sealed; their events are written with it, in
    // the same transaction (recorder.ts).
    const derive: DeriveFromSealed = async (current, sealed) => {
      context = { origins: current.session.referenceOrigins, ...(await keywordOf(current)) };
      restore = semantic.checkpoint(sessionId);
      return semantic.derive(sessionId, sealed, context);
    };
    try {
      outcome = await appendEvents(db, sessionId, [...gap, ...events], {
        ...(update ? { update } : {}),
        derive,
        ...(current ? { current } : {}),
      });
    } catch (error) {
      restore?.();
      await storage.noteFailure(sessionId, error);
      throw new StorageFailure(errorText(error));
    }
    if (warning) await storage.clear();
    // Derived events are seen once more, now durable, so that their end-state checks are scheduled.
    if (outcome.derived.length > 0 && context) semantic.derive(sessionId, outcome.derived, context);
    notify(sessionId, 'events');
    const gapIds = new Set(gap.map((event) => event.id));
    const { derived: _derived, ...rest } = outcome;
    return { ...rest, acknowledged: outcome.acknowledged.filter((id) => !gapIds.has(id)) };
  };

  return {
    deps,
    db,
    serial,
    storage,
    notify,
    knownActiveId: () => knownActiveId,
    activeRecord,
    activeShared,
    running,
    currentPackage,
    proposed,
    record,
    /** End-state checks still waiting for a session, run now (see semantic.ts `settle`). */
    settle: (sessionId: string) => semantic.settle(sessionId, SETTLE_TIMEOUT_MS),
  };
};

export type ServiceContext = ReturnType<typeof createServiceContext>;
