/** The examiner's PIN: whether one is set, setting or changing it, checking it. */
import type { Refusal } from '../../messaging/protocol.ts';
import { getMeta, setMeta } from '../../storage/db.ts';
import { type Handler, refuse, type ServiceContext } from '../service-context.ts';
import { checkPinFormat, hashPin, type PinHash, verifyPin } from '../session/pin.ts';

/** null when `pin` is the examiner's PIN; the refusal to return otherwise. */
export const checkPin = async (ctx: ServiceContext, pin: string): Promise<Refusal | null> => {
  const stored = await getMeta<PinHash>(ctx.db, 'pin');
  if (!stored)
    return refuse(
      'Aucun code examinateur n’est défini : définissez-le dans les réglages.',
      'No examiner PIN is set: set it in the settings.',
    );
  return (await verifyPin(pin, stored)) ? null : refuse('Code examinateur incorrect.', 'Wrong examiner PIN.');
};

export const pinHandlers = (ctx: ServiceContext) => ({
  'pin.status': (async () => ({
    ok: true,
    set: (await getMeta<PinHash>(ctx.db, 'pin')) !== undefined,
  })) satisfies Handler<'pin.status'>,

  'pin.set': ((request) =>
    ctx.serial(async () => {
      const format = checkPinFormat(request.next);
      if (!format.ok) return refuse(format.fr, format.en);
      const stored = await getMeta<PinHash>(ctx.db, 'pin');
      if (stored && !(await verifyPin(request.current ?? '', stored)))
        return refuse('Code actuel incorrect.', 'Current PIN is wrong.');
      await setMeta(ctx.db, 'pin', await hashPin(request.next, ctx.deps.pinIterations));
      return { ok: true };
    })) satisfies Handler<'pin.set'>,
});
