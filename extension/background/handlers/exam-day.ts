/**
 * The examiner's decisions about the clock, each with the PIN and each an event in the chain:
 * extra time (« tiers-temps » or any minutes) and pauses with their reason. A browser restart
 * in the middle of a session pauses it too, until the examiner resumes or ends it.
 * The record's `timing` is what the clocks and the recorder's time-up follow.
 */

import { type ExamTiming, NO_TIMING, thirdTimeMinutes } from '../../session/clock.ts';
import type { SessionRecord } from '../../storage/db.ts';
import { type Handler, refuse, type Sender, type ServiceContext } from '../service-context.ts';
import { checkPin, onRunningWithPin } from './pin.ts';

const timingOf = (record: SessionRecord): ExamTiming => record.timing ?? NO_TIMING;

export const examDayHandlers = (ctx: ServiceContext) => {
  const { deps } = ctx;

  /** Records one event on the running session, then stores the new timing next to it. */
  const decide = async (
    active: SessionRecord,
    sender: Sender,
    kind: string,
    data: unknown,
    timing: ExamTiming,
  ) => {
    await ctx.record(active.id, [ctx.proposed(sender, kind, data)], (record) => ({ ...record, timing }));
    ctx.notify(active.id, 'session', 'running');
    return { ok: true as const, timing };
  };

  return {
    'session.extendTime': ((request, sender) =>
      onRunningWithPin(ctx, request.pin, 'session.extendTime', sender, async (active) => {
        const minutes = request.third ? thirdTimeMinutes(active.session.durationMinutes) : request.minutes;
        if (!minutes)
          return refuse(
            'Indiquez le tiers-temps ou un nombre de minutes (1 à 240).',
            'Choose « tiers-temps » or a number of minutes (1 to 240).',
          );
        const timing = timingOf(active);
        const reason =
          request.reason?.trim() ||
          (request.third ? `Tiers-temps : +${minutes} min` : `Temps supplémentaire : +${minutes} min`);
        return decide(
          active,
          sender,
          'session.timeExtended',
          { minutes, basis: request.third ? 'third' : 'minutes', reason },
          { ...timing, extraMinutes: timing.extraMinutes + minutes },
        );
      })) satisfies Handler<'session.extendTime'>,

    'session.pause': ((request, sender) =>
      ctx.serial(async () => {
        const pinRefusal = await checkPin(ctx, request.pin, 'session.pause', sender);
        if (pinRefusal) return pinRefusal;
        const reason = request.reason.trim();
        if (!reason)
          return refuse(
            'Indiquez la raison de la pause (incident).',
            'Give the reason for the pause (incident).',
          );
        const active = await ctx.running();
        if ('ok' in active) return active;
        const timing = timingOf(active);
        if (timing.pausedAt !== null)
          return refuse('L’épreuve est déjà en pause.', 'The exam is already paused.');
        return decide(
          active,
          sender,
          'session.paused',
          { reason, cause: 'incident' },
          {
            ...timing,
            pausedAt: deps.now(),
            pauseReason: reason,
            pauseCause: 'incident',
          },
        );
      })) satisfies Handler<'session.pause'>,

    'session.unpause': ((request, sender) =>
      onRunningWithPin(ctx, request.pin, 'session.unpause', sender, async (active) => {
        const timing = timingOf(active);
        if (timing.pausedAt === null)
          return refuse('L’épreuve n’est pas en pause.', 'The exam is not paused.');
        const pausedMs = Math.max(0, deps.now() - timing.pausedAt);
        return decide(
          active,
          sender,
          'session.pauseEnded',
          { reason: timing.pauseReason ?? '', pausedMs },
          {
            ...timing,
            pausedMs: timing.pausedMs + pausedMs,
            pausedAt: null,
            pauseReason: null,
            pauseCause: null,
          },
        );
      })) satisfies Handler<'session.unpause'>,
  };
};

/**
 * After a browser restart (crash, power cut, closed window) a running session stands still
 * until the examiner decides, with the PIN, to resume it or to end it. Call inside `serial`.
 */
export const pauseForInterruption = async (ctx: ServiceContext, active: SessionRecord): Promise<void> => {
  const timing = timingOf(active);
  if (timing.pausedAt !== null) return;
  const last = active.lastEventAt ? new Date(active.lastEventAt).toISOString() : active.session.startedAt;
  const reason = `Interruption : le navigateur a redémarré (dernière activité enregistrée ${last}).`;
  const timingNow: ExamTiming = {
    ...timing,
    pausedAt: ctx.deps.now(),
    pauseReason: reason,
    pauseCause: 'interruption',
  };
  await ctx.record(
    active.id,
    [ctx.proposed({}, 'session.paused', { reason, cause: 'interruption' })],
    (record) => ({ ...record, timing: timingNow }),
  );
  ctx.notify(active.id, 'session', 'running');
};
