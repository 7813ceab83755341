/**
 * While a session runs: extra time (« tiers-temps » or minutes) and pauses for an incident,
 * each with the examiner PIN typed in the popup's PIN field. After a browser restart the
 * session is paused by the background; this panel says so and offers to resume (ending stays
 * the popup's « Terminer » button).
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/messages.ts';
import { ask } from '../../messaging/client.ts';
import { type ExamTiming, thirdTimeMinutes } from '../../session/clock.ts';
import { EXAM_DAY_MESSAGES } from './exam-day-messages.ts';

export interface ExamDayPanelProps {
  locale: Locale;
  timing: ExamTiming;
  durationMinutes: number;
  pin: string;
  clearPin: () => void;
  say: (kind: 'error' | 'success', fr: string, en: string) => void;
  refresh: () => Promise<void>;
}

export const ExamDayPanel = ({
  locale,
  timing,
  durationMinutes,
  pin,
  clearPin,
  say,
  refresh,
}: ExamDayPanelProps) => {
  const m = EXAM_DAY_MESSAGES[locale];
  const [third, setThird] = useState(false);
  const [minutes, setMinutes] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const paused = timing.pausedAt !== null;

  const run = async (request: Parameters<typeof ask>[0], done: () => void) => {
    if (!pin) return say('error', EXAM_DAY_MESSAGES.fr.pinFirst, EXAM_DAY_MESSAGES.en.pinFirst);
    setBusy(true);
    const response = (await ask(request)) as { ok: boolean; fr?: string; en?: string };
    setBusy(false);
    clearPin();
    if (!response.ok) return say('error', response.fr ?? '', response.en ?? '');
    done();
    await refresh();
  };

  const grant = () => {
    const added = third ? thirdTimeMinutes(durationMinutes) : Number(minutes);
    void run(
      { type: 'session.extendTime', pin, ...(third ? { third: true } : { minutes: Number(minutes) || 0 }) },
      () => {
        setThird(false);
        setMinutes('');
        say(
          'success',
          `${EXAM_DAY_MESSAGES.fr.timeGranted} +${added} min`,
          `${EXAM_DAY_MESSAGES.en.timeGranted} +${added} min`,
        );
      },
    );
  };

  return (
    <section aria-labelledby="arrangements-title" data-testid="exam-day">
      <h2 id="arrangements-title">{m.arrangements}</h2>
      {paused && (
        <p
          role="status"
          class="warning"
          data-testid="pause-state"
          data-cause={timing.pauseCause ?? 'incident'}
        >
          {timing.pauseCause === 'interruption'
            ? m.interrupted
            : `${m.pausedNow} ${new Date(timing.pausedAt!).toLocaleTimeString(locale)} — ${timing.pauseReason ?? ''}`}
        </p>
      )}
      {timing.extraMinutes > 0 && (
        <p data-testid="extra-time">
          {m.extraSoFar} : +{timing.extraMinutes} min
        </p>
      )}
      <fieldset>
        <legend>{m.grantTime}</legend>
        <label class="inline">
          <input
            type="checkbox"
            data-testid="time-extension-third"
            checked={third}
            onChange={(event) => setThird((event.target as HTMLInputElement).checked)}
          />{' '}
          {m.third} (+{thirdTimeMinutes(durationMinutes)} min)
        </label>
        <label for="time-extension-minutes">{m.extraMinutes}</label>
        <input
          id="time-extension-minutes"
          type="number"
          min={1}
          max={240}
          data-testid="time-extension-minutes"
          value={minutes}
          disabled={third}
          onInput={(event) => setMinutes((event.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          data-testid="time-extension"
          disabled={busy || (!third && !minutes)}
          onClick={grant}
        >
          {m.grantTime}
        </button>
      </fieldset>
      {paused ? (
        <button
          type="button"
          data-testid="resume-session"
          disabled={busy}
          onClick={() =>
            void run({ type: 'session.unpause', pin }, () =>
              say('success', EXAM_DAY_MESSAGES.fr.resumedDone, EXAM_DAY_MESSAGES.en.resumedDone),
            )
          }
        >
          {m.resume}
        </button>
      ) : (
        <fieldset>
          <legend>{m.pause}</legend>
          <label for="pause-reason">{m.pauseReason}</label>
          <input
            id="pause-reason"
            type="text"
            data-testid="pause-reason"
            autoComplete="off"
            value={reason}
            onInput={(event) => setReason((event.target as HTMLInputElement).value)}
          />
          <button
            type="button"
            data-testid="pause-session"
            disabled={busy || !reason.trim()}
            onClick={() =>
              void run({ type: 'session.pause', pin, reason }, () => {
                setReason('');
                say('success', EXAM_DAY_MESSAGES.fr.pausedDone, EXAM_DAY_MESSAGES.en.pausedDone);
              })
            }
          >
            {m.pause}
          </button>
        </fieldset>
      )}
    </section>
  );
};
