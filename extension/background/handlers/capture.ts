/**
 * Content scripts: what to observe (the running session's context, frozen at its start) and
 * their event batches. A content script may propose only what it observes in a page
 * (`CONTENT_SCRIPT_KINDS`); anything else it sends is refused and reported once a minute as a
 * `forged-event` warning. Its own problems come as `capture.warning`, which the background
 * writes as an `integrity.warning` with one of the codes a content script may raise.
 */
import { CONTENT_SCRIPT_KINDS } from '../../messaging/protocol.ts';
import { type Handler, refuse, type Sender, type ServiceContext } from '../service-context.ts';
import type { ProposedEventInput } from '../session/recorder.ts';

const CONTENT_KINDS: ReadonlySet<string> = new Set(CONTENT_SCRIPT_KINDS);
const CONTENT_WARNING_CODES = new Set(['untrusted-event', 'storage-error']);
const FORGED_REPORT_EVERY_MS = 60_000;

/** A content script's warning, as the background writes it. */
const asIntegrityWarning = (event: ProposedEventInput): ProposedEventInput => {
  const data = (event.data ?? {}) as { code?: unknown; detail?: unknown };
  const code =
    typeof data.code === 'string' && CONTENT_WARNING_CODES.has(data.code) ? data.code : 'storage-error';
  return {
    ...event,
    kind: 'integrity.warning',
    trusted: true,
    data: { code, detail: typeof data.detail === 'string' ? data.detail : '' },
  };
};

export const captureHandlers = (ctx: ServiceContext) => {
  let lastForgedReport = Number.NEGATIVE_INFINITY;
  /**
   * The subject's variables by package hash. A package is stored under the hash of its content,
   * so it never changes: every frame of every page asks for the context (the block editor has
   * a dozen), and reading (and cloning) the whole package each time was a visible part of the
   * worker's time on the real block editor.
   */
  const variablesByPackage = new Map<string, Record<string, string>>();
  /** A content script's batch: its kinds only, its warnings rewritten, the rest reported. */
  const screen = (events: ProposedEventInput[], sender: Sender) => {
    const accepted: ProposedEventInput[] = [];
    const refused: ProposedEventInput[] = [];
    for (const event of events)
      if (!CONTENT_KINDS.has(event.kind)) refused.push(event);
      else accepted.push(event.kind === 'capture.warning' ? asIntegrityWarning(event) : event);
    const now = ctx.deps.now();
    if (refused.length > 0 && now - lastForgedReport >= FORGED_REPORT_EVERY_MS) {
      lastForgedReport = now;
      const kinds = [...new Set(refused.map((event) => event.kind.slice(0, 60)))].join(', ');
      accepted.push(
        ctx.proposed(sender, 'integrity.warning', {
          code: 'forged-event',
          detail: `Événements refusés : un script de page ne peut pas proposer ${kinds} (${refused.length}).`,
        }),
      );
    }
    return { accepted, refusedIds: refused.map((event) => event.id) };
  };

  type Appended = Awaited<ReturnType<typeof write>>;
  const write = async (events: ProposedEventInput[]) => {
    // The record is not copied: the recorder only reads it, inside this queued write.
    const active = await ctx.running(true);
    if ('ok' in active) return active;
    const outcome = await ctx.record(active.id, events, undefined, active);
    return { ok: true as const, acknowledged: outcome.acknowledged };
  };
  /**
   * Batches waiting for the write queue. Batches that arrive while an earlier write runs (the
   * frames of a page loading, the network's requests, a page's snapshot burst) are written
   * together when their turn comes: one validation pass, one chain write and one IndexedDB
   * transaction for all of them, instead of each waiting behind the other's. Each sender still
   * gets its own answer; a failure fails them all, and each re-sends its own.
   */
  type Waiting = { events: ProposedEventInput[]; settle: (result: Promise<Appended>) => void };
  /** The group whose write is queued and not yet started, and the queue's count when it was. */
  let open: { batches: Waiting[]; since: number } | null = null;
  const writeGroup = async (group: { batches: Waiting[] }) => {
    if (open === group) open = null;
    const { batches } = group;
    const result = write(batches.flatMap((batch) => batch.events));
    for (const batch of batches) {
      const own = new Set(batch.events.map((event) => event.id));
      // Each sender is told of its own events only.
      batch.settle(
        result.then((answer) =>
          'acknowledged' in answer && batches.length > 1
            ? { ...answer, acknowledged: answer.acknowledged.filter((id) => own.has(id)) }
            : answer,
        ),
      );
    }
    await result.catch(() => undefined);
  };
  /** Writes a batch into the running session; the ids written (or already there) come back. */
  const append = (events: ProposedEventInput[]): Promise<Appended> =>
    new Promise<Appended>((resolve) => {
      // Joins the waiting group only while no other write (an end, a switch of question) was
      // queued after it: nothing is written ahead of a change that was asked for before it.
      if (!open || ctx.serial.queued !== open.since) {
        const group = { batches: [] as Waiting[], since: 0 };
        void ctx.serial(() => writeGroup(group));
        group.since = ctx.serial.queued;
        open = group;
      }
      open.batches.push({ events, settle: resolve });
    });

  const handlers = {
    'capture.context': (async () => {
      // Asked by every frame of every page: the record is read, not copied.
      const active = await ctx.activeShared();
      if (active?.session.status !== 'running') return { ok: true, context: null };
      const hash = active.session.subject.hash;
      let variables = variablesByPackage.get(hash);
      if (!variables) {
        const pkg = (await ctx.db.get('packages', hash))?.pkg;
        variables = Object.fromEntries((pkg?.subject.variables ?? []).map((v) => [v.name, v.value]));
        if (pkg) variablesByPackage.set(hash, variables);
      }
      const extra = active.capture ??
        (await ctx.deps.captureSettings?.()) ?? { allowedOrigins: [], sensitiveSelectors: [] };
      return {
        ok: true,
        context: {
          sessionId: active.id,
          startedAt: active.session.startedAt,
          variables: { ...variables },
          referenceOrigins: [...active.session.referenceOrigins],
          allowedOrigins: [...extra.allowedOrigins],
          sensitiveSelectors: [...extra.sensitiveSelectors],
          pendingKey: active.pendingKey ?? active.id,
        },
      };
    }) satisfies Handler<'capture.context'>,

    'capture.events': (async (request, sender) => {
      if (sender.role !== 'content-script')
        return refuse(
          'Seuls les scripts de capture proposent des événements.',
          'Only capture scripts propose events.',
        );
      const { accepted, refusedIds } = screen(request.events, sender);
      const outcome = await append(accepted);
      if (!outcome.ok) return outcome;
      // Refused events are acknowledged (re-sending them would change nothing); the warning the
      // background added is not the sender's to know of.
      const sent = new Set(request.events.map((event) => event.id));
      return {
        ok: true,
        acknowledged: [...outcome.acknowledged.filter((id) => sent.has(id)), ...refusedIds],
      };
    }) satisfies Handler<'capture.events'>,
  };
  return { handlers, append };
};
