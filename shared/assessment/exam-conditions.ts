/**
 * The exam's conditions as the evidence records them: extra time (« tiers-temps » or minutes,
 * with its reason) and pauses (incident or interruption, reason, duration). The circular asks
 * the fiche d'évaluation to mention incidents and arrangements; the fiche and the relevé de
 * preuves print these lines (grid-editor/src/review/ge-print-view/). Derived from the chained
 * events, never from the session record, so a printed line is as trustworthy as the bundle.
 */
import type { CaptureEvent } from '../schema/event.ts';

export interface ExtraTime {
  minutes: number;
  basis: 'third' | 'minutes';
  reason: string;
  time: number;
}

export interface Pause {
  cause: 'incident' | 'interruption';
  reason: string;
  /** When it started (epoch ms). */
  time: number;
  /** Milliseconds given back; for a pause never resumed, until the session's last event. */
  pausedMs: number;
  /** False when the session ended during the pause (no `session.pauseEnded`). */
  resumed: boolean;
}

export interface ExamConditions {
  extensions: ExtraTime[];
  extraMinutes: number;
  pauses: Pause[];
  pausedMs: number;
}

export const examConditions = (events: readonly CaptureEvent[]): ExamConditions => {
  const extensions: ExtraTime[] = [];
  const pauses: Pause[] = [];
  let open: Pause | null = null;
  for (const event of events) {
    if (event.kind === 'session.timeExtended') extensions.push({ ...event.data, time: event.time });
    else if (event.kind === 'session.paused' && !open) {
      open = {
        cause: event.data.cause,
        reason: event.data.reason,
        time: event.time,
        pausedMs: 0,
        resumed: false,
      };
      pauses.push(open);
    } else if (event.kind === 'session.pauseEnded' && open) {
      open.pausedMs = event.data.pausedMs;
      open.resumed = true;
      open = null;
    }
  }
  const last = events.at(-1);
  if (open && last) open.pausedMs = Math.max(0, last.time - open.time);
  return {
    extensions,
    extraMinutes: extensions.reduce((sum, e) => sum + e.minutes, 0),
    pauses,
    pausedMs: pauses.reduce((sum, p) => sum + p.pausedMs, 0),
  };
};

/** « 3 min 20 s », « 12 min », « 45 s ». */
export const frDuration = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
};

/** « 08 h 12 » in the centre's time (the browser's zone when printed; UTC in tests). */
const frClock = (time: number, timeZone?: string): string =>
  new Intl.DateTimeFormat('fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  })
    .format(new Date(time))
    .replace(':', ' h ');

/**
 * The lines the official sheet prints, in French (the fiche is French): one per extra time,
 * one per pause, or one saying there was none.
 */
export const conditionLines = (
  conditions: ExamConditions,
  durationMinutes: number | undefined,
  timeZone?: string,
): string[] => {
  const lines: string[] = [];
  for (const e of conditions.extensions)
    lines.push(
      `${e.basis === 'third' ? 'Tiers-temps' : 'Temps supplémentaire'} : +${e.minutes} min${e.reason ? ` — ${e.reason}` : ''}`,
    );
  if (conditions.extraMinutes > 0 && durationMinutes !== undefined)
    lines.push(
      `Durée accordée : ${durationMinutes} min + ${conditions.extraMinutes} min = ${durationMinutes + conditions.extraMinutes} min`,
    );
  for (const p of conditions.pauses)
    lines.push(
      `${p.cause === 'incident' ? 'Pause pour incident' : 'Interruption du poste'} à ${frClock(p.time, timeZone)} : ${p.reason} — durée ${frDuration(p.pausedMs)}${p.resumed ? ' (temps rendu au candidat)' : ' (épreuve terminée pendant la pause)'}`,
    );
  if (lines.length === 0) lines.push('Aucun aménagement de temps ni incident enregistré.');
  return lines;
};
