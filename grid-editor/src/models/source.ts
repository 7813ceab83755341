/**
 * The JSON source view's side of « form ↔ JSON »: the text shown for a part of a document,
 * and reading back what the designer typed. Text that parses becomes the part's new value
 * (validated live like any edit); text that does not parse changes nothing and says where
 * it breaks. Typing is debounced: the value is read once the designer pauses.
 */
import { bilingual } from '../i18n.ts';
import { getAt } from './json-path.ts';
import type { Timers } from './persistence.ts';
import type { EditorProblem } from './validate.ts';

export const SOURCE_DEBOUNCE_MS = 300;

/** The part at `path` of a value, as the source view shows it. */
export const sourceOf = (value: unknown, path = ''): string =>
  JSON.stringify(getAt(value, path), null, 2) ?? '';

export type SourceRead =
  | { ok: true; value: unknown }
  | { ok: false; problem: EditorProblem; line: number; column: number };

/** Line and column (from 1) of an offset in a text. */
export const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
};

/** The offset of a line and column (from 1) in a text, clamped to it. */
export const offsetOf = (text: string, line: number, column: number): number => {
  let offset = 0;
  for (let i = 1; i < line; i += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
};

/** Where JSON.parse stopped, from its message (V8 gives a position, Firefox a line and column). */
const errorPlace = (text: string, message: string): { line: number; column: number } => {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumn(text, Number(position[1]));
  return lineColumn(text, text.length);
};

/** Reads the source view's text for the part at `path`. */
export const readSource = (text: string, path: string): SourceRead => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = errorPlace(text, message);
    return {
      ok: false,
      line,
      column,
      problem: {
        path,
        code: 'json-syntax',
        severity: 'error',
        ...bilingual('source.syntax', { line, column }),
      },
    };
  }
};

/** Runs the last call only, `ms` after calls stop; `flush` runs it now. */
export const createDebouncer = (ms: number, timers?: Timers) => {
  const set = timers?.set ?? ((callback: () => void, delay: number) => setTimeout(callback, delay));
  const clear = timers?.clear ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let handle: unknown;
  let pending: (() => void) | undefined;
  const run = () => {
    handle = undefined;
    const task = pending;
    pending = undefined;
    task?.();
  };
  return {
    call(task: () => void): void {
      pending = task;
      if (handle !== undefined) clear(handle);
      handle = set(run, ms);
    },
    flush(): void {
      if (handle !== undefined) clear(handle);
      run();
    },
    cancel(): void {
      if (handle !== undefined) clear(handle);
      handle = undefined;
      pending = undefined;
    },
    get pending(): boolean {
      return pending !== undefined;
    },
  };
};
