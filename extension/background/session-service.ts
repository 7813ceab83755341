/**
 * The background's session service: every request from the popup, the options page and the
 * overlay lands here, is validated, and is applied through one write queue so that sequence
 * numbers and the hash chain stay monotonic whatever the order messages arrive in.
 */
import { GENESIS } from '../../shared/bundle/chain.ts';
import { canonicalize } from '../../shared/bundle/jcs.ts';
import { packageContentHash } from '../../shared/bundle/package-hash.ts';
import { sha256Hex } from '../../shared/bundle/sha256.ts';
import { parseJson } from '../../shared/schema/index.ts';
import type { SubjectPackage } from '../../shared/schema/package.ts';
import { problem } from '../../shared/schema/problems.ts';
import type { Session } from '../../shared/schema/session.ts';
import type {
  PackageSummary,
  Refusal,
  Request,
  Responses,
  SessionStatus,
  SessionView,
  StorageWarning,
} from '../messaging/protocol.ts';
import { Request as RequestSchema } from '../messaging/protocol.ts';
import { buildBundle, bundleFilename } from '../session/bundle-export.ts';
import { checkPinFormat, hashPin, type PinHash, verifyPin } from '../session/pin.ts';
import { appendEvents, type ProposedEventInput, readEvents } from '../session/recorder.ts';
import { type Db, getMeta, type SessionRecord, setMeta } from '../storage/db.ts';
import { createSemanticLayer } from './semantic.ts';

export interface ServiceDeps {
  db: Db;
  now: () => number;
  newId: () => string;
  extensionVersion: string;
  /** Reference origins configured on the options page. */
  referenceOrigins: () => Promise<string[]>;
  /** The rest of the centre's settings that capture needs. */
  captureSettings?: () => Promise<{ allowedOrigins: string[]; sensitiveSelectors: string[] }>;
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
}

export type ChangeReason = 'package' | 'session' | 'tasks' | 'events' | 'storage';

export interface Sender {
  url?: string;
}

const refuse = (fr: string, en: string, extra: Partial<Refusal> = {}): Refusal => ({
  ok: false,
  fr,
  en,
  ...extra,
});

/** An evidence write failed (full disk, quota, IndexedDB error): nothing was written. */
class StorageFailure extends Error {}

const errorText = (error: unknown): string => {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return `${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : String(error)}`.slice(
    0,
    500,
  );
};

const storageKind = (error: unknown): StorageWarning['kind'] =>
  (error as { name?: unknown } | null)?.name === 'QuotaExceededError' ||
  /quota|disk|space/i.test(errorText(error))
    ? 'quota'
    : 'error';

/** IndexedDB failures outside the recorder (a read, or a connection the browser closed). */
const STORAGE_ERROR_NAMES = new Set([
  'QuotaExceededError',
  'InvalidStateError',
  'UnknownError',
  'AbortError',
  'TransactionInactiveError',
  'NotReadableError',
  'VersionError',
]);
const isStorageError = (error: unknown): boolean =>
  STORAGE_ERROR_NAMES.has((error as { name?: unknown } | null)?.name as string);

const STORAGE_WARNING_META = 'storageWarning';

const summarise = (hash: string, pkg: SubjectPackage): PackageSummary => ({
  hash,
  subjectId: pkg.subject.id,
  title: pkg.subject.title,
  letter: pkg.subject.letter,
  cms: pkg.subject.cms,
  ...(pkg.subject.code ? { code: pkg.subject.code } : {}),
  questionCount: pkg.subject.questions.length,
  durationMinutes: pkg.subject.durationMinutes,
});

export const createSessionService = (deps: ServiceDeps) => {
  const { db } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs writes one after the other; a failed write does not block the next. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Last active session id read, to name the session in a storage warning when reads fail. */
  let knownActiveId: string | null = null;
  /** Last status the popup got, shown again while storage cannot be read. */
  let lastStatus: SessionStatus | null = null;
  const activeRecord = async (): Promise<SessionRecord | undefined> => {
    const id = await getMeta<string>(db, 'activeSession');
    knownActiveId = id ?? null;
    return id ? db.get('sessions', id) : undefined;
  };
  const currentPackage = async () => {
    const hash = await getMeta<string>(db, 'currentPackage');
    return hash ? db.get('packages', hash) : undefined;
  };
  const statusOf = async (record: SessionRecord): Promise<SessionStatus> => ({
    session: record.session,
    eventCount: record.chain.seq,
    lastEventAt: record.lastEventAt,
  });
  const checkPin = async (pin: string): Promise<Refusal | null> => {
    const stored = await getMeta<PinHash>(db, 'pin');
    if (!stored)
      return refuse(
        'Aucun code examinateur n’est défini : définissez-le dans les réglages.',
        'No examiner PIN is set: set it in the settings.',
      );
    return (await verifyPin(pin, stored))
      ? null
      : refuse('Code examinateur incorrect.', 'Wrong examiner PIN.');
  };
  /** The last write failure, until a write succeeds; `undefined` until read from meta. */
  let storageWarning: StorageWarning | null | undefined;
  const currentStorageWarning = async (): Promise<StorageWarning | null> => {
    if (storageWarning === undefined)
      storageWarning =
        (await getMeta<StorageWarning>(db, STORAGE_WARNING_META).catch(() => undefined)) ?? null;
    return storageWarning;
  };
  const noteStorageFailure = async (sessionId: string | null, error: unknown) => {
    const previous = await currentStorageWarning().catch(() => storageWarning ?? null);
    const same = previous && (previous.sessionId === sessionId || !sessionId) ? previous : null;
    const now = deps.now();
    storageWarning = {
      // A full disk shows first as a quota error, then (Chromium) as a closed connection.
      kind: same?.kind === 'quota' ? 'quota' : storageKind(error),
      detail: errorText(error),
      sessionId: sessionId ?? same?.sessionId ?? null,
      since: same?.since ?? now,
      lastAt: now,
      failures: (same?.failures ?? 0) + 1,
    };
    // Likely to fail as well when the disk is full: memory is enough for the popup.
    await setMeta(db, STORAGE_WARNING_META, storageWarning).catch(() => undefined);
    deps.onChange?.(sessionId, 'storage');
  };
  /**
   * Appends through the recorder. A write failure never escapes as a crash: it is remembered
   * for the popup and thrown as a StorageFailure, which `handle` turns into a refusal the
   * sender retries. The first write that succeeds afterwards clears the warning and records the
   * gap as an `integrity.warning` in the evidence.
   */
  const record = async (sessionId: string, events: ProposedEventInput[]) => {
    const warning = await currentStorageWarning();
    const gap: ProposedEventInput[] =
      warning && (warning.sessionId === sessionId || warning.sessionId === null)
        ? [
            proposed({}, 'integrity.warning', {
              code: 'storage-error',
              detail: `Enregistrement des preuves impossible du ${new Date(warning.since).toISOString()} au ${new Date(warning.lastAt).toISOString()} (${warning.failures} écriture(s) refusée(s)) : ${warning.detail}`,
            }),
          ]
        : [];
    let outcome: Awaited<ReturnType<typeof appendEvents>>;
    try {
      outcome = await appendEvents(db, sessionId, [...gap, ...events]);
    } catch (error) {
      await noteStorageFailure(sessionId, error);
      throw new StorageFailure(errorText(error));
    }
    if (warning) {
      storageWarning = null;
      await db.delete('meta', STORAGE_WARNING_META).catch(() => undefined);
    }
    await recordDerived(sessionId, outcome);
    deps.onChange?.(sessionId, 'events');
    const gapIds = new Set(gap.map((event) => event.id));
    return { ...outcome, acknowledged: outcome.acknowledged.filter((id) => !gapIds.has(id)) };
  };

  const semantic = createSemanticLayer({
    record: (sessionId, events) => serial(() => record(sessionId, events)),
    ...(deps.fetchPage ? { fetchPage: deps.fetchPage } : {}),
    ...(deps.setTimer ? { setTimer: deps.setTimer } : {}),
  });
  /**
   * Semantic events the adapters derive from what was just stored, written right after it;
   * a failure here never loses the observation, which is already durable.
   */
  const recordDerived = async (sessionId: string, outcome: Awaited<ReturnType<typeof appendEvents>>) => {
    const context = {
      origins: outcome.record.session.referenceOrigins,
      ...(await keywordOf(outcome.record)),
    };
    let stored = outcome.sealed;
    for (let round = 0; round < 2 && stored.length > 0; round += 1) {
      const derived = semantic.derive(sessionId, stored, context);
      if (derived.length === 0) return;
      stored = (await appendEvents(db, sessionId, derived).catch(() => ({ sealed: [] }))).sealed;
    }
    // Derived events are seen once more so that their end-state checks are scheduled.
    if (stored.length > 0) semantic.derive(sessionId, stored, context);
  };
  const keywords = new Map<string, string | undefined>();
  const keywordOf = async (session: SessionRecord): Promise<{ keyword?: string }> => {
    if (!keywords.has(session.id)) {
      const pkg = (await db.get('packages', session.session.subject.hash))?.pkg;
      keywords.set(session.id, pkg?.subject.variables.find((v) => v.name === 'keyword')?.value);
    }
    const keyword = keywords.get(session.id);
    return keyword ? { keyword } : {};
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
  const running = async (): Promise<SessionRecord | Refusal> => {
    const active = await activeRecord();
    if (active?.session.status !== 'running')
      return refuse('Aucune épreuve en cours.', 'No exam is running.');
    return active;
  };

  const handlers: {
    [K in Request['type']]: (request: Extract<Request, { type: K }>, sender: Sender) => Promise<Responses[K]>;
  } = {
    'package.import': (request) =>
      serial(async () => {
        const parsed = parseJson('subject-package', request.text);
        if (!parsed.ok)
          return refuse(
            'Fichier de sujet refusé : il contient des erreurs.',
            'Subject file refused: it has errors.',
            {
              problems: parsed.problems,
            },
          );
        const pkg = parsed.value;
        const hash = await packageContentHash(pkg);
        if (hash !== pkg.hash.value)
          return refuse(
            'Fichier de sujet refusé : son empreinte ne correspond pas.',
            'Subject file refused: its hash does not match.',
            {
              problems: [problem(['hash', 'value'], 'hash-mismatch')],
            },
          );
        const active = await activeRecord();
        if (active?.session.status === 'running')
          return refuse(
            'Une épreuve est en cours : terminez-la avant d’importer un autre sujet.',
            'An exam is running: end it before importing another subject.',
          );
        await db.put('packages', { hash, importedAt: deps.now(), pkg });
        await setMeta(db, 'currentPackage', hash);
        deps.onChange?.(null, 'package');
        return { ok: true, summary: summarise(hash, pkg) };
      }),

    'package.current': async () => {
      const current = await currentPackage();
      return { ok: true, summary: current ? summarise(current.hash, current.pkg) : null };
    },

    'session.start': (request, sender) =>
      serial(async () => {
        const pinRefusal = await checkPin(request.pin);
        if (pinRefusal) return pinRefusal;
        const candidateNumber = request.candidate.number.trim();
        if (!candidateNumber)
          return refuse('Le numéro de candidat est obligatoire.', 'The candidate number is required.');
        const current = await currentPackage();
        if (!current) return refuse('Importez d’abord un sujet.', 'Import a subject first.');
        const origins = await deps.referenceOrigins();
        if (origins.length === 0)
          return refuse(
            'Indiquez d’abord l’origine du site de référence dans les réglages.',
            'Set the reference site origin in the settings first.',
          );
        const active = await activeRecord();
        if (active?.session.status === 'running')
          return refuse(
            'Une épreuve est déjà en cours sur ce poste.',
            'An exam is already running on this workstation.',
          );
        const { pkg, hash } = current;
        const session: Session = {
          format: 'temoin.session/1',
          id: deps.newId(),
          status: 'running',
          subject: {
            id: pkg.subject.id,
            title: pkg.subject.title,
            letter: pkg.subject.letter,
            cms: pkg.subject.cms,
            hash,
          },
          grid: { id: pkg.grid.id, hash: await sha256Hex(canonicalize(pkg.grid)) },
          candidate: {
            number: candidateNumber,
            ...(request.candidate.lastName?.trim() ? { lastName: request.candidate.lastName.trim() } : {}),
            ...(request.candidate.firstName?.trim() ? { firstName: request.candidate.firstName.trim() } : {}),
          },
          ...(request.commission?.trim() ? { commission: request.commission.trim() } : {}),
          referenceOrigins: origins,
          startedAt: new Date(deps.now()).toISOString(),
          durationMinutes: pkg.subject.durationMinutes,
          browser: request.browser,
          extensionVersion: deps.extensionVersion,
        };
        const fresh: SessionRecord = {
          id: session.id,
          session,
          chain: { seq: 0, head: GENESIS },
          lastEventAt: null,
          tasks: Object.fromEntries(pkg.subject.questions.map((q) => [q.id, { status: 'todo', note: '' }])),
          activeQuestionId: null,
          timeUpRecorded: false,
        };
        await db.put('sessions', fresh);
        await setMeta(db, 'activeSession', session.id);
        const { record: after } = await record(session.id, [
          proposed(sender, 'session.started', {
            subjectId: pkg.subject.id,
            candidateNumber,
            durationMinutes: session.durationMinutes,
          }),
        ]);
        deps.onChange?.(session.id, 'session', 'running');
        return { ok: true, status: await statusOf(after) };
      }),

    'session.end': (request, sender) =>
      serial(async () => {
        const pinRefusal = await checkPin(request.pin);
        if (pinRefusal) return pinRefusal;
        const active = await running();
        if ('ok' in active) return active;
        const { record: after } = await record(active.id, [
          proposed(sender, 'session.ended', { reason: 'examiner' }),
        ]);
        const ended: SessionRecord = {
          ...after,
          session: { ...after.session, status: 'ended', endedAt: new Date(deps.now()).toISOString() },
        };
        await db.put('sessions', ended);
        deps.onChange?.(ended.id, 'session', 'ended');
        return { ok: true, status: await statusOf(ended) };
      }),

    'session.status': async () => {
      try {
        const active = await activeRecord();
        lastStatus = active ? await statusOf(active) : null;
      } catch (error) {
        if (!isStorageError(error)) throw error;
        // Storage unreadable: the popup keeps the last status and shows the warning.
        await noteStorageFailure(knownActiveId, error);
      }
      return {
        ok: true,
        status: lastStatus,
        storageWarning: await currentStorageWarning().catch(() => null),
      };
    },

    'session.view': async () => {
      const active = await activeRecord();
      if (!active) return { ok: true, view: null };
      const pkg = (await db.get('packages', active.session.subject.hash))?.pkg;
      if (!pkg) return { ok: true, view: null };
      const view: SessionView = {
        sessionId: active.id,
        status: active.session.status,
        title: pkg.subject.title,
        companyName: pkg.subject.company.name,
        startedAt: active.session.startedAt,
        durationMinutes: active.session.durationMinutes,
        questions: pkg.subject.questions.map(({ id, number, title, instructions, criteria, annexes }) => ({
          id,
          number,
          title,
          instructions,
          criteria,
          annexes,
        })),
        annexes: pkg.subject.annexes,
        variables: pkg.subject.variables,
        tasks: active.tasks,
        activeQuestionId: active.activeQuestionId,
      };
      return { ok: true, view };
    },

    'session.export': (request) =>
      serial(async () => {
        const target = request.sessionId ? await db.get('sessions', request.sessionId) : await activeRecord();
        if (!target) return refuse('Aucune session à exporter.', 'No session to export.');
        const pkg = (await db.get('packages', target.session.subject.hash))?.pkg;
        const now = new Date(deps.now());
        const bundle = buildBundle(
          target.session,
          await readEvents(db, target.id),
          target.chain.head,
          pkg,
          now,
        );
        return { ok: true, filename: bundleFilename(target.session, now), text: JSON.stringify(bundle) };
      }),

    'pin.status': async () => ({ ok: true, set: (await getMeta<PinHash>(db, 'pin')) !== undefined }),

    'pin.set': (request) =>
      serial(async () => {
        const format = checkPinFormat(request.next);
        if (!format.ok) return refuse(format.fr, format.en);
        const stored = await getMeta<PinHash>(db, 'pin');
        if (stored && !(await verifyPin(request.current ?? '', stored)))
          return refuse('Code actuel incorrect.', 'Current PIN is wrong.');
        await setMeta(db, 'pin', await hashPin(request.next, deps.pinIterations));
        return { ok: true };
      }),

    'task.setStatus': (request, sender) =>
      serial(async () => {
        const active = await running();
        if ('ok' in active) return active;
        const task = active.tasks[request.questionId];
        if (!task) return refuse('Question inconnue.', 'Unknown question.');
        if (task.status === request.status) return { ok: true };
        const { record: after } = await record(active.id, [
          proposed(
            sender,
            'task.statusChanged',
            { questionId: request.questionId, from: task.status, to: request.status },
            request.trusted,
            request.questionId,
          ),
        ]);
        after.tasks = { ...after.tasks, [request.questionId]: { ...task, status: request.status } };
        await db.put('sessions', after);
        deps.onChange?.(after.id, 'tasks');
        return { ok: true };
      }),

    'task.saveNote': (request, sender) =>
      serial(async () => {
        const active = await running();
        if ('ok' in active) return active;
        const task = active.tasks[request.questionId];
        if (!task) return refuse('Question inconnue.', 'Unknown question.');
        if (task.note === request.text) return { ok: true };
        const { record: after } = await record(active.id, [
          proposed(
            sender,
            'task.noteSaved',
            { questionId: request.questionId, text: request.text, length: request.text.length },
            request.trusted,
            request.questionId,
          ),
        ]);
        after.tasks = { ...after.tasks, [request.questionId]: { ...task, note: request.text } };
        await db.put('sessions', after);
        deps.onChange?.(after.id, 'tasks');
        return { ok: true };
      }),

    'overlay.toggled': (request, sender) =>
      serial(async () => {
        const active = await running();
        if ('ok' in active) return active;
        await record(active.id, [
          proposed(sender, 'overlay.toggled', { visible: request.visible }, request.trusted),
        ]);
        return { ok: true };
      }),

    'overlay.activeQuestion': (request) =>
      serial(async () => {
        const active = await running();
        if ('ok' in active) return active;
        await db.put('sessions', { ...active, activeQuestionId: request.questionId });
        return { ok: true };
      }),

    'capture.context': async () => {
      const active = await activeRecord();
      if (active?.session.status !== 'running') return { ok: true, context: null };
      const pkg = (await db.get('packages', active.session.subject.hash))?.pkg;
      const extra = (await deps.captureSettings?.()) ?? { allowedOrigins: [], sensitiveSelectors: [] };
      return {
        ok: true,
        context: {
          sessionId: active.id,
          startedAt: active.session.startedAt,
          variables: Object.fromEntries((pkg?.subject.variables ?? []).map((v) => [v.name, v.value])),
          referenceOrigins: active.session.referenceOrigins,
          allowedOrigins: extra.allowedOrigins,
          sensitiveSelectors: extra.sensitiveSelectors,
        },
      };
    },

    'capture.events': (request) =>
      serial(async () => {
        const active = await running();
        if ('ok' in active) return active;
        const outcome = await record(active.id, request.events);
        return { ok: true, acknowledged: outcome.acknowledged };
      }),
  };

  /** Entry point for runtime messages: validates, dispatches, never throws. */
  const handle = async (message: unknown, sender: Sender): Promise<unknown> => {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return refuse('Message refusé.', 'Message refused.');
    try {
      const handler = handlers[parsed.data.type] as (request: Request, sender: Sender) => Promise<unknown>;
      return await handler(parsed.data, sender);
    } catch (error) {
      if (error instanceof StorageFailure || isStorageError(error)) {
        if (!(error instanceof StorageFailure)) await noteStorageFailure(knownActiveId, error);
        return refuse(
          'Espace de stockage insuffisant ou erreur d’enregistrement : rien n’a été enregistré.',
          'Storage is full or failing: nothing was recorded.',
          { code: 'storage-error' },
        );
      }
      const detail = error instanceof Error ? error.message : String(error);
      return refuse(`Erreur interne : ${detail}`, `Internal error: ${detail}`);
    }
  };

  /** After a browser restart: a running session resumes, and says so in its evidence. */
  const resumeAfterRestart = () =>
    serial(async () => {
      const active = await activeRecord();
      if (active?.session.status !== 'running') return;
      await record(active.id, [proposed({}, 'session.resumed', { reason: 'browser-restart' })]).catch(
        (error: unknown) => {
          // Remembered for the popup; nothing else to do until the disk has room again.
          if (!(error instanceof StorageFailure)) throw error;
        },
      );
    });

  return { handle, resumeAfterRestart };
};

export type SessionService = ReturnType<typeof createSessionService>;
