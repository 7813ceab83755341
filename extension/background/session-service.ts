/**
 * The background's session service: every request from the popup, the options page, the
 * overlay and the content scripts lands here, is validated and dispatched to its handler
 * (handlers/, one map). Writes go through one queue (write-queue.ts) so that sequence numbers
 * and the hash chain stay monotonic whatever order messages arrive in.
 *
 * The background's own parts (the network observer, the start-up resume) use `append()` and
 * `onSessionChange()` in process; `deps.onChange` is how other runtimes get told (a
 * `storage.local` signal set by main.ts).
 */
import type { Session } from '../../shared/schema/session.ts';
import type { Request, Responses } from '../messaging/protocol.ts';
import { CONTENT_SCRIPT_REQUESTS, Request as RequestSchema } from '../messaging/protocol.ts';
import { plainCaptureEvents } from './capture-request.ts';
import { captureHandlers } from './handlers/capture.ts';
import { examDayHandlers, pauseForInterruption } from './handlers/exam-day.ts';
import { keptSessionHandlers } from './handlers/kept-sessions.ts';
import { packageHandlers } from './handlers/package.ts';
import { pinHandlers } from './handlers/pin.ts';
import { sessionHandlers } from './handlers/session.ts';
import { settingsHandlers } from './handlers/settings.ts';
import { taskHandlers } from './handlers/task.ts';
import { enforceRetention } from './retention.ts';
import {
  type ChangeReason,
  createServiceContext,
  type Handler,
  refuse,
  type Sender,
  type ServiceDeps,
} from './service-context.ts';
import type { ProposedEventInput } from './session/recorder.ts';
import { isStorageError, StorageFailure } from './storage-health.ts';

export type { ChangeReason, Sender, ServiceDeps } from './service-context.ts';

export interface SessionChange {
  sessionId: string | null;
  reason: Exclude<ChangeReason, 'events'>;
  status?: Session['status'];
}

export const createSessionService = (deps: ServiceDeps) => {
  const listeners = new Set<(change: SessionChange) => void>();
  const notify = (sessionId: string | null, reason: ChangeReason, status?: Session['status']) => {
    deps.onChange?.(sessionId, reason, status);
    // Per-batch `events` changes are not session changes: nobody in process waits for them.
    if (reason === 'events') return;
    for (const listener of listeners) {
      try {
        listener({ sessionId, reason, ...(status ? { status } : {}) });
      } catch (error) {
        console.warn('[Témoin] session listener failed', error);
      }
    }
  };
  const ctx = createServiceContext(deps, notify);
  const capture = captureHandlers(ctx);
  const settings = settingsHandlers(ctx);

  const handlers: { [K in Request['type']]: Handler<K> } = {
    ...packageHandlers(ctx),
    ...sessionHandlers(ctx, settings),
    ...pinHandlers(ctx),
    ...settings.handlers,
    ...taskHandlers(ctx),
    ...capture.handlers,
    ...examDayHandlers(ctx),
    ...keptSessionHandlers(ctx),
  };
  const contentScriptRequests: ReadonlySet<string> = new Set(CONTENT_SCRIPT_REQUESTS);
  /** Per sender: content scripts run on pages we do not control, pages may not propose events. */
  const allowed = (type: Request['type'], sender: Sender) =>
    (sender.role ?? 'content-script') === 'content-script'
      ? contentScriptRequests.has(type)
      : type !== 'capture.events';

  /** A storage failure becomes a refusal the sender retries; anything else, an internal error. */
  const refusalFor = async (error: unknown) => {
    if (error instanceof StorageFailure || isStorageError(error)) {
      if (!(error instanceof StorageFailure)) await ctx.storage.noteFailure(ctx.knownActiveId(), error);
      return refuse(
        'Espace de stockage insuffisant ou erreur d’enregistrement : rien n’a été enregistré.',
        'Storage is full or failing: nothing was recorded.',
        { code: 'storage-error' },
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`Erreur interne : ${detail}`, `Internal error: ${detail}`);
  };

  /** Entry point for runtime messages: validates, dispatches, never throws. */
  const handle = async (message: unknown, sender: Sender): Promise<unknown> => {
    // The content scripts' batches, most of the traffic, checked by hand (capture-request.ts).
    const plain = plainCaptureEvents(message);
    const parsed = plain
      ? { success: true as const, data: plain as Request }
      : RequestSchema.safeParse(message);
    if (!parsed.success || !allowed(parsed.data.type, sender))
      return refuse('Message refusé.', 'Message refused.');
    try {
      const handler = handlers[parsed.data.type] as (request: Request, sender: Sender) => Promise<unknown>;
      return await handler(parsed.data, sender);
    } catch (error) {
      return refusalFor(error);
    }
  };

  /** The background's own evidence (network): written into the running session, never throws. */
  const append = async (events: ProposedEventInput[]): Promise<Responses['capture.events']> => {
    try {
      return await capture.append(events);
    } catch (error) {
      return refusalFor(error);
    }
  };

  /** Called on every change but per-batch events; returns the unsubscribe function. */
  const onSessionChange = (listener: (change: SessionChange) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  /** After a browser restart: a running session resumes, and says so in its evidence. */
  const resumeAfterRestart = () =>
    ctx.serial(async () => {
      const active = await ctx.activeRecord();
      if (active?.session.status !== 'running') return;
      await ctx
        .record(active.id, [ctx.proposed({}, 'session.resumed', { reason: 'browser-restart' })])
        // The clock then stands still until the examiner resumes or ends it (PIN).
        .then((outcome) => pauseForInterruption(ctx, outcome.record))
        .catch((error: unknown) => {
          // Remembered for the popup; nothing else to do until the disk has room again.
          if (!(error instanceof StorageFailure)) throw error;
        });
    });

  /** main.ts saw the settings change in `storage.local`: reported if not saved through us. */
  const settingsWritten = (value: unknown) => settings.settingsWritten(value).catch(() => undefined);

  return {
    handle,
    append,
    onSessionChange,
    resumeAfterRestart,
    settingsWritten,
    /** Start-up: sessions past the retention period are flagged, then purged (retention.ts). */
    enforceRetention: () => enforceRetention(ctx),
  };
};

export type SessionService = ReturnType<typeof createSessionService>;
