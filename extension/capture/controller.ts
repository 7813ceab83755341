/**
 * Turns the capture on and off with the session: asks the background for the capture context,
 * records while a session runs, and re-checks when the session signal changes or the
 * background refuses a batch (the session ended). The signal also changes for what does not
 * concern the capture (a task status, a note), so a signal naming the session already being
 * recorded, still running, is ignored.
 */
import type { CaptureContext, Teardown } from './types.ts';

export interface ControllerOptions {
  /** The capture context, `null` when no session runs; throws when the background fails. */
  loadContext: () => Promise<CaptureContext | null>;
  start: (context: CaptureContext) => Teardown;
  /** Timer for retries when the background does not answer. */
  schedule?: (fn: () => void, ms: number) => void;
  retryDelaysMs?: readonly number[];
}

export interface CaptureController {
  refresh(): Promise<void>;
  /** A new value of the session signal (`{ sessionId, … }`). */
  onSignal(value: unknown): void;
  /** The session being recorded, if any. */
  recording(): string | null;
  stop(): void;
}

export const createCaptureController = ({
  loadContext,
  start,
  schedule = (fn, ms) => setTimeout(fn, ms),
  retryDelaysMs = [500, 2000, 5000],
}: ControllerOptions): CaptureController => {
  let current: { sessionId: string; teardown: Teardown } | null = null;
  let generation = 0;
  let stopped = false;
  let failures = 0;

  const stopRecording = () => {
    const running = current;
    current = null;
    running?.teardown();
  };

  const refresh = async (): Promise<void> => {
    if (stopped) return;
    const mine = ++generation;
    let context: CaptureContext | null;
    try {
      context = await loadContext();
    } catch {
      if (mine !== generation || stopped) return;
      const delay = retryDelaysMs[failures];
      failures += 1;
      if (delay !== undefined) schedule(() => void refresh(), delay);
      return;
    }
    failures = 0;
    if (mine !== generation || stopped) return;
    if ((context?.sessionId ?? null) === (current?.sessionId ?? null)) return;
    stopRecording();
    if (context) current = { sessionId: context.sessionId, teardown: start(context) };
  };

  return {
    refresh,
    onSignal(value) {
      const signal = (value ?? {}) as { sessionId?: unknown; status?: unknown; running?: unknown };
      const sameSession = current !== null && signal.sessionId === current.sessionId;
      const ended = signal.running === false || (signal.status !== undefined && signal.status !== 'running');
      if (sameSession && !ended) return;
      void refresh();
    },
    recording: () => current?.sessionId ?? null,
    stop() {
      stopped = true;
      generation += 1;
      stopRecording();
    },
  };
};
