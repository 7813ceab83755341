/**
 * The semantic layer: after low-level evidence is stored (requests, page snapshots, submits),
 * the site adapters turn it into what an examiner reads — « article published », « voucher
 * ETE10 created » — and schedule end-state checks (the public page of a publication, fetched
 * and snapshotted as state evidence). Derived events name the observation they come from.
 */

import type { CaptureEvent } from '../../shared/schema/event.ts';
import {
  activeAdapters,
  createMemory,
  createVoucherLinker,
  deriveEvents,
  type EndStateCheck,
  endStateChecksFor,
  type ObservedEvent,
  observationOf,
  readEvidence,
  registeredAdapters,
} from '../adapters/index.ts';
import type { AdapterId } from '../adapters/types.ts';
import { carriesPageReported, observedOnly, pageReportedFlags } from './page-reported.ts';
import { type ProposedEventInput, withCheckedPayload } from './session/recorder.ts';

/** A check whose read gave nothing (unreachable, not yet showing the claim) is tried again after. */
const RETRY_MS = 3_000;
/** At the end of a session the second try comes sooner: the examiner is waiting. */
const SETTLE_RETRY_MS = 500;

const OBSERVED = new Set(['net.request', 'page.seo', 'nav.visited', 'form.submitted', 'ui.clicked']);

export interface SemanticDeps {
  /** Adapters chosen in the settings; all registered ones when empty (their signals are disjoint). */
  adapters?: () => AdapterId[];
  /** Fetches a public page (HTML) or a public REST read (JSON) of the reference site; null when it cannot. */
  fetchPage?: (url: string) => Promise<string | null>;
  /** Stores events (through the service's single write path). */
  record: (sessionId: string, events: ProposedEventInput[]) => Promise<unknown>;
  /** Called when a detector fails: never thrown into the capture path. */
  onError?: (detectorId: string, error: unknown) => void;
  setTimer?: (run: () => void, ms: number) => void;
}

interface PendingCheck {
  check: EndStateCheck;
  keyword: string | undefined;
  /** The page-reported event: the read confirms it only if it shows what it claims. */
  claim?: { kind: string; data: unknown };
  /** The evidence read, while its write waits its turn: a session ending meanwhile writes it. */
  found?: ProposedEventInput;
}

interface SessionState {
  memory: ReturnType<typeof createMemory>;
  linker: ReturnType<typeof createVoucherLinker>;
  pending: Map<string, PendingCheck>;
}

export const createSemanticLayer = (deps: SemanticDeps) => {
  const sessions = new Map<string, SessionState>();
  const stateOf = (sessionId: string) => {
    let state = sessions.get(sessionId);
    if (!state) {
      state = { memory: createMemory(), linker: createVoucherLinker(), pending: new Map() };
      sessions.set(sessionId, state);
    }
    return state;
  };
  const adapters = (): AdapterId[] => {
    const chosen = deps.adapters?.() ?? [];
    return chosen.length > 0
      ? activeAdapters({ adapters: chosen })
      : registeredAdapters().map((adapter) => adapter.id);
  };
  const setTimer = deps.setTimer ?? ((run, ms) => void setTimeout(run, ms));

  /** The state evidence of one check: the public page fetched now, or null when it cannot be. */
  const evidenceOf = async ({ check, keyword, claim }: PendingCheck): Promise<ProposedEventInput | null> => {
    const body = await deps.fetchPage?.(check.url).catch(() => null);
    if (!body) return null;
    // Not what the page claimed: no evidence, so the claim stays unconfirmed (as if unreachable).
    const evidence = readEvidence(check, body, keyword, claim);
    if (!evidence) return null;
    // `readEvidence` parsed the payload against its kind's schema: the recorder does not again.
    return withCheckedPayload({
      id: `${check.relatesTo.slice(0, 56)}:state`,
      kind: evidence.kind,
      time: Date.now(),
      url: evidence.url,
      trusted: true,
      relatesTo: evidence.relatesTo,
      data: evidence.data,
    });
  };

  /**
   * Runs one check. It stays pending while its read is under way and until its evidence is
   * written, so that a session ending meanwhile takes it over in `settle` (a slow read on a
   * loaded machine, or a write queued behind the end, must not lose the evidence to the closed
   * chain); a read that gives nothing is tried once more, later. Written twice (here and by the
   * end), the evidence is stored once: its id is the check's, and the recorder drops duplicates.
   */
  const runCheck = async (sessionId: string, pending: PendingCheck, retried = false) => {
    const state = stateOf(sessionId);
    if (state.pending.get(pending.check.key) !== pending) return; // replaced, or settled at the end
    const event = await evidenceOf(pending);
    if (state.pending.get(pending.check.key) !== pending) return; // settled meanwhile: it records
    if (!event && !retried) {
      setTimer(() => void runCheck(sessionId, pending, true), RETRY_MS);
      return;
    }
    if (event) {
      pending.found = event;
      // Refused when the session ended first: `settle` has written it before the end.
      await deps.record(sessionId, [event]).catch(() => undefined);
    }
    if (state.pending.get(pending.check.key) === pending) state.pending.delete(pending.check.key);
  };

  /**
   * The session ends: the checks still waiting run now, within `timeoutMs`, and their evidence
   * is returned to be written before `session.ended` (an ended session's chain is closed).
   */
  const settle = async (sessionId: string, timeoutMs: number): Promise<ProposedEventInput[]> => {
    const state = sessions.get(sessionId);
    sessions.delete(sessionId);
    if (!state || state.pending.size === 0) return [];
    const checks = [...state.pending.values()];
    state.pending.clear();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    // A read that gives nothing is tried once more within the same time limit, as runCheck does.
    const read = async (check: PendingCheck) =>
      (await evidenceOf(check)) ??
      (await new Promise((resolve) => setTimeout(resolve, SETTLE_RETRY_MS)).then(() => evidenceOf(check)));
    const events = await Promise.all(
      checks.map((check) => (check.found ? Promise.resolve(check.found) : Promise.race([read(check), late]))),
    );
    clearTimeout(timer);
    return events.filter((event): event is ProposedEventInput => event !== null);
  };

  /**
   * Derives semantic events from events just stored. Returns them for storage; schedules the
   * end-state checks they call for. Derived events are not derived from again.
   */
  const derive = (
    sessionId: string,
    stored: readonly Omit<CaptureEvent, 'seq' | 'hash'>[],
    context: { origins: readonly string[]; keyword?: string },
  ): ProposedEventInput[] => {
    const state = stateOf(sessionId);
    const active = adapters();
    const derived: ProposedEventInput[] = [];
    const origin = context.origins[0] ?? '';
    for (const event of stored) {
      if (event.derivedFrom) {
        for (const check of endStateChecksFor(event, context.origins)) {
          const pending: PendingCheck = {
            check,
            keyword: context.keyword,
            ...(event.unconfirmed ? { claim: { kind: event.kind, data: event.data } } : {}),
          };
          state.pending.set(check.key, pending);
          setTimer(() => void runCheck(sessionId, pending), check.delayMs);
        }
        continue;
      }
      if (!OBSERVED.has(event.kind)) continue;
      const observation = observationOf(event as unknown as ObservedEvent);
      if (!observation) continue;
      // The browser's facts alone, derived on a copy of the memory taken before the full run.
      const reported = carriesPageReported(event);
      const before = reported ? createMemory(state.memory.snapshot()) : undefined;
      const outputs = deriveEvents(observation, active, {
        origin,
        memory: state.memory,
        requestsObserved: true,
        onError: deps.onError,
      });
      // Nothing derived: nothing to flag, so the adapters are not run a second time.
      const pageOnly =
        before && outputs.length > 0
          ? pageReportedFlags(
              outputs,
              deriveEvents(observedOnly(observation, event), active, {
                origin,
                memory: before,
                requestsObserved: true,
              }),
            )
          : [];
      outputs.forEach((output, i) => {
        const id = `${event.id.slice(0, 56)}:d${i}`;
        const related = state.linker.relate({ id, kind: output.kind, data: output.data });
        // Checked against EVENT_PAYLOADS by runDetectors: the recorder does not parse it again.
        derived.push(
          withCheckedPayload({
            id,
            kind: output.kind,
            time: event.time,
            url: event.url,
            trusted: event.trusted,
            // What rests on page-reported data stays so until an end-state read confirms it.
            ...(event.unconfirmed || pageOnly[i] ? { unconfirmed: true as const } : {}),
            derivedFrom: event.id,
            ...(related[0] ? { relatesTo: related[0] } : {}),
            data: output.data,
            questionId: event.questionId,
          }),
        );
      });
    }
    return derived;
  };

  /**
   * What the adapters remember of a session, to be put back if the batch they just read is not
   * written (a storage failure): the sender re-sends it, and the adapters must see it as new.
   */
  const checkpoint = (sessionId: string): (() => void) => {
    const state = stateOf(sessionId);
    const memory = state.memory.snapshot();
    return () => {
      if (sessions.get(sessionId) === state) state.memory = createMemory(memory);
    };
  };

  return { derive, settle, checkpoint };
};
