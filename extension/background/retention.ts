/**
 * Retention: a session is kept on the workstation for `retentionDays` after it ended (or
 * started, if it never ended) — long enough for the evidence to reach the examiner, short
 * enough for the candidates' data not to linger (README, « Données personnelles »). At each
 * start-up of the extension, sessions past that date are first flagged (the popup warns the
 * examiner and lists them) and purged at the next start-up. A running session is never purged.
 */
import type { ServiceContext } from './service-context.ts';
import { purgeSession, retentionDaysOf, retentionDeadline } from './session/kept.ts';

export interface RetentionOutcome {
  warned: string[];
  purged: string[];
}

/** Start-up pass: warns about sessions past retention, purges those warned at an earlier start. */
export const enforceRetention = (ctx: ServiceContext): Promise<RetentionOutcome> =>
  ctx.serial(async () => {
    const days = await retentionDaysOf(ctx.deps);
    const now = ctx.deps.now();
    const outcome: RetentionOutcome = { warned: [], purged: [] };
    for (const record of await ctx.db.getAll('sessions')) {
      if (record.session.status === 'running' || retentionDeadline(record, days) > now) continue;
      if (record.retentionWarnedAt === undefined) {
        await ctx.db.put('sessions', { ...record, retentionWarnedAt: now });
        outcome.warned.push(record.id);
      } else {
        await purgeSession(ctx.db, record.id);
        outcome.purged.push(record.id);
      }
    }
    if (outcome.warned.length + outcome.purged.length > 0) ctx.notify(null, 'session');
    return outcome;
  });
