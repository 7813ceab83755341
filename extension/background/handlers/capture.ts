/** Content scripts: what to observe (the running session's context) and their event batches. */

import type { Handler, ServiceContext } from '../service-context.ts';
import type { ProposedEventInput } from '../session/recorder.ts';

export const captureHandlers = (ctx: ServiceContext) => {
  /** Writes a batch into the running session; the ids written (or already there) come back. */
  const append = (events: ProposedEventInput[]) =>
    ctx.serial(async () => {
      const active = await ctx.running();
      if ('ok' in active) return active;
      const outcome = await ctx.record(active.id, events);
      return { ok: true as const, acknowledged: outcome.acknowledged };
    });

  const handlers = {
    'capture.context': (async () => {
      const active = await ctx.activeRecord();
      if (active?.session.status !== 'running') return { ok: true, context: null };
      const pkg = (await ctx.db.get('packages', active.session.subject.hash))?.pkg;
      const extra = (await ctx.deps.captureSettings?.()) ?? { allowedOrigins: [], sensitiveSelectors: [] };
      return {
        ok: true,
        context: {
          sessionId: active.id,
          startedAt: active.session.startedAt,
          variables: Object.fromEntries((pkg?.subject.variables ?? []).map((v) => [v.name, v.value])),
          referenceOrigins: active.session.referenceOrigins,
          allowedOrigins: extra.allowedOrigins,
          sensitiveSelectors: extra.sensitiveSelectors,
        },
      };
    }) satisfies Handler<'capture.context'>,

    'capture.events': ((request) => append(request.events)) satisfies Handler<'capture.events'>,
  };
  return { handlers, append };
};
