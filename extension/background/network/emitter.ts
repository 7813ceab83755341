/**
 * Hands network events to the session service (the single write path: validation, dedup by
 * id, chaining) and keeps them until the service has committed them. A storage refusal
 * (full disk) is retried with a growing delay; a refusal because no session runs drops them.
 */
import type { ProposedEventInput } from '../session/recorder.ts';

export interface SendResult {
  ok: boolean;
  code?: string | undefined;
}

export interface EmitterDeps {
  send: (events: ProposedEventInput[]) => Promise<SendResult>;
  setTimer: (run: () => void, ms: number) => unknown;
  /** Events kept at most while storage fails; the oldest go first beyond that. */
  maxPending?: number;
}

const BATCH = 200;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export const createEmitter = (deps: EmitterDeps) => {
  const maxPending = deps.maxPending ?? 500;
  const pending: ProposedEventInput[] = [];
  let sending = false;
  let scheduled = false;
  let retryMs = 0;
  let dropped = 0;

  const schedule = (ms: number) => {
    if (scheduled) return;
    scheduled = true;
    deps.setTimer(() => {
      scheduled = false;
      void flush();
    }, ms);
  };

  const flush = async (): Promise<void> => {
    if (sending || pending.length === 0) return;
    sending = true;
    const batch = pending.slice(0, BATCH);
    const sent = new Set(batch.map((event) => event.id));
    const forget = () => {
      for (let i = pending.length - 1; i >= 0; i -= 1) if (sent.has(pending[i]!.id)) pending.splice(i, 1);
    };
    let retry = false;
    try {
      const result = await deps.send(batch);
      // Committed (or refused as malformed, which retrying would not change): done.
      if (result.ok) {
        forget();
        retryMs = 0;
      } else if (result.code === 'storage-error') retry = true;
      // No session running: nowhere to record them.
      else forget();
    } catch {
      retry = true;
    } finally {
      sending = false;
    }
    if (retry) {
      retryMs = Math.min(MAX_RETRY_MS, retryMs ? retryMs * 2 : FIRST_RETRY_MS);
      schedule(retryMs);
    } else if (pending.length > 0) schedule(0);
  };

  return {
    push(event: ProposedEventInput) {
      pending.push(event);
      if (pending.length > maxPending) dropped += pending.splice(0, pending.length - maxPending).length;
      if (retryMs === 0) schedule(0);
    },
    flush,
    stats: () => ({ pending: pending.length, dropped, retryMs }),
  };
};

export type Emitter = ReturnType<typeof createEmitter>;
