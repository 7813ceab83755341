/**
 * Saves the candidate's notes as they type: one debounced save per question, flushed at once
 * on blur, on collapse and when the page goes away (`pagehide`). Pure: the save function and
 * the timers are passed in, so the logic is tested without a browser.
 */
export type SaveState = 'pending' | 'saving' | 'saved' | 'error';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface NoteSaverOptions {
  delayMs: number;
  /** Resolves true when the background stored the note. */
  save(questionId: string, text: string, trusted: boolean): Promise<boolean>;
  onState?(questionId: string, state: SaveState): void;
  timers?: Timers;
}

export interface NoteSaver {
  /** A new value typed for a question; `trusted` is the input event's `isTrusted`. */
  update(questionId: string, text: string, trusted: boolean): void;
  /** Saves now what is waiting for this question, if anything. */
  flush(questionId: string): Promise<void>;
  flushAll(): Promise<void>;
  /** Whether a value typed for this question has not been sent yet. */
  isPending(questionId: string): boolean;
  /**
   * Whether the note the background reports (`viewText`) may replace what the field shows.
   * Not while something typed is waiting, nor until the background has echoed the last text
   * sent: a view fetched before that save landed would otherwise put old text back.
   */
  acceptsView(questionId: string, viewText: string): boolean;
}

export const NOTE_DEBOUNCE_MS = 800;

const defaultTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Pending {
  text: string;
  /** False as soon as one input of the batch was script-generated. */
  trusted: boolean;
  timer: unknown;
}

export const createNoteSaver = (options: NoteSaverOptions): NoteSaver => {
  const timers = options.timers ?? defaultTimers;
  const pending = new Map<string, Pending>();
  /** Latest save started per question: an older save finishing late must not report its state. */
  const generation = new Map<string, number>();
  /** Text sent and not yet seen back in a view, per question. */
  const unechoed = new Map<string, string>();
  const tell = (questionId: string, state: SaveState) => {
    try {
      options.onState?.(questionId, state);
    } catch {
      // A display callback failing must not lose the note.
    }
  };

  const flush = async (questionId: string): Promise<void> => {
    const entry = pending.get(questionId);
    if (!entry) return;
    timers.clear(entry.timer);
    pending.delete(questionId);
    const mine = (generation.get(questionId) ?? 0) + 1;
    generation.set(questionId, mine);
    unechoed.set(questionId, entry.text);
    tell(questionId, 'saving');
    let ok = false;
    try {
      ok = await options.save(questionId, entry.text, entry.trusted);
    } catch {
      ok = false;
    }
    if (generation.get(questionId) === mine && !pending.has(questionId))
      tell(questionId, ok ? 'saved' : 'error');
  };

  return {
    update(questionId, text, trusted) {
      const previous = pending.get(questionId);
      if (previous) timers.clear(previous.timer);
      pending.set(questionId, {
        text,
        trusted: (previous?.trusted ?? true) && trusted,
        timer: timers.set(() => void flush(questionId), options.delayMs),
      });
      tell(questionId, 'pending');
    },
    flush,
    async flushAll() {
      await Promise.all([...pending.keys()].map(flush));
    },
    isPending: (questionId) => pending.has(questionId),
    acceptsView(questionId, viewText) {
      if (pending.has(questionId)) return false;
      if (!unechoed.has(questionId)) return true;
      if (unechoed.get(questionId) === viewText) unechoed.delete(questionId);
      return false;
    },
  };
};
