/**
 * The examiner's PIN: whether one is set, setting or changing it, and checking it. Every wrong
 * PIN is evidence (`pin.failed`, in the running session, or in the next one to start); after
 * three in a row, entry is locked for 5 s, doubling with each further failure, and an attempt
 * while locked is refused without looking at the PIN (and recorded too).
 */
import type { EventOf } from '../../../shared/schema/event.ts';
import type { Refusal } from '../../messaging/protocol.ts';
import type { SessionRecord } from '../../storage/db.ts';
import { getMeta, setMeta } from '../../storage/db.ts';
import { type Handler, refuse, type Sender, type ServiceContext } from '../service-context.ts';
import { checkPinFormat, hashPin, lockDelayMs, type PinHash, verifyPin } from '../session/pin.ts';

export type PinAction = EventOf<'pin.failed'>['data']['action'];
type PinFailure = EventOf<'pin.failed'>['data'];

interface PinGuard {
  failures: number;
  lockedUntil: number;
}
const GUARD_META = 'pinGuard';
/** Failures while no session ran, written into the next session when it starts. */
const PENDING_META = 'pinFailuresPending';
const MAX_PENDING = 50;

const recordFailure = async (ctx: ServiceContext, sender: Sender, failure: PinFailure) => {
  const active = await ctx.activeRecord();
  if (active?.session.status === 'running') {
    // The failure is counted in the guard whatever happens to this write.
    await ctx.record(active.id, [ctx.proposed(sender, 'pin.failed', failure)]).catch(() => undefined);
    return;
  }
  const pending = (await getMeta<PinFailure[]>(ctx.db, PENDING_META)) ?? [];
  const at = new Date(ctx.deps.now()).toISOString();
  await setMeta(ctx.db, PENDING_META, [...pending, { ...failure, at }].slice(-MAX_PENDING));
};

/** The failures kept while no session ran, as events for the session that starts now. */
export const takePendingFailures = async (ctx: ServiceContext, sender: Sender) => {
  const pending = (await getMeta<PinFailure[]>(ctx.db, PENDING_META)) ?? [];
  if (pending.length > 0) await ctx.db.delete('meta', PENDING_META);
  return pending.map((failure) => ctx.proposed(sender, 'pin.failed', failure));
};

/** null when `pin` is the examiner's PIN; the refusal to return otherwise. Call inside `serial`. */
export const checkPin = async (
  ctx: ServiceContext,
  pin: string,
  action: PinAction,
  sender: Sender,
): Promise<Refusal | null> => {
  const stored = await getMeta<PinHash>(ctx.db, 'pin');
  if (!stored)
    return refuse(
      'Aucun code examinateur n’est défini : définissez-le dans les réglages.',
      'No examiner PIN is set: set it in the settings.',
    );
  const now = ctx.deps.now();
  const guard = (await getMeta<PinGuard>(ctx.db, GUARD_META)) ?? { failures: 0, lockedUntil: 0 };
  if (guard.lockedUntil > now) {
    const seconds = Math.ceil((guard.lockedUntil - now) / 1000);
    await recordFailure(ctx, sender, {
      action,
      reason: 'locked',
      failures: guard.failures,
      lockedForMs: guard.lockedUntil - now,
    });
    return refuse(
      `Trop d’essais de code : réessayez dans ${seconds} s.`,
      `Too many PIN attempts: try again in ${seconds} s.`,
      { code: 'pin-locked' },
    );
  }
  if (await verifyPin(pin, stored)) {
    if (guard.failures > 0) await ctx.db.delete('meta', GUARD_META);
    return null;
  }
  const failures = guard.failures + 1;
  const lockedForMs = lockDelayMs(failures);
  await setMeta(ctx.db, GUARD_META, { failures, lockedUntil: now + lockedForMs });
  await recordFailure(ctx, sender, { action, reason: 'wrong', failures, lockedForMs });
  return refuse('Code examinateur incorrect.', 'Wrong examiner PIN.');
};

export const pinIsSet = async (ctx: ServiceContext) => (await getMeta<PinHash>(ctx.db, 'pin')) !== undefined;

export const pinHandlers = (ctx: ServiceContext) => ({
  'pin.status': (async () => ({ ok: true, set: await pinIsSet(ctx) })) satisfies Handler<'pin.status'>,

  'pin.set': ((request, sender) =>
    ctx.serial(async () => {
      const format = checkPinFormat(request.next);
      if (!format.ok) return refuse(format.fr, format.en);
      if (await pinIsSet(ctx)) {
        // The first PIN is set once, from the options page; changing it takes the current one.
        if (!request.current)
          return refuse(
            'Code actuel requis pour changer le code examinateur.',
            'The current PIN is required to change the examiner PIN.',
          );
        const refusal = await checkPin(ctx, request.current, 'pin.change', sender);
        if (refusal)
          return refusal.code === 'pin-locked'
            ? refusal
            : refuse('Code actuel incorrect.', 'Current PIN is wrong.');
      }
      await setMeta(ctx.db, 'pin', await hashPin(request.next, ctx.deps.pinIterations));
      return { ok: true };
    })) satisfies Handler<'pin.set'>,
});

/**
 * An examiner's action on the running session: in the service's queue, refused on a wrong PIN
 * (checked first, so a wrong PIN is recorded even when no session runs) or when none runs.
 */
export const onRunningWithPin = <R>(
  ctx: ServiceContext,
  pin: string,
  action: PinAction,
  sender: Sender,
  run: (active: SessionRecord) => Promise<R>,
): Promise<R | Refusal> =>
  ctx.serial(async () => {
    const pinRefusal = await checkPin(ctx, pin, action, sender);
    if (pinRefusal) return pinRefusal;
    const active = await ctx.running();
    if ('ok' in active) return active;
    return run(active);
  });
