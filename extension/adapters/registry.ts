/**
 * The registry of adapters and detectors, and the one function the background calls:
 * `deriveEvents(observation, active, context)`.
 *
 * - Each detector module registers itself with one `registerDetector({...})` call; `index.ts`
 *   imports them all (the meta-test checks that none is forgotten).
 * - Specific adapters (WordPress, PrestaShop, demo) run first; the generic shop adapter runs
 *   only when none of them derived anything from the observation, so one save is one event.
 * - A detector that throws, or returns an event its schema refuses, is reported through
 *   `context.onError` and ignored: an adapter bug never breaks the capture.
 * - The same event (kind and data) derived twice within a few seconds is kept once (a request
 *   and the page it redirects to can both show a moderation, for example).
 */
import { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import type {
  Adapter,
  AdapterId,
  DerivedEvent,
  Detector,
  DetectorContext,
  Observation,
  ObservationType,
  SiteSignals,
} from './types.ts';

const adapters = new Map<AdapterId, Adapter>();
const detectors: Detector[] = [];
const detectorIds = new Set<string>();

export const registerAdapter = (adapter: Adapter): Adapter => {
  if (adapters.has(adapter.id)) throw new Error(`Adapter ${adapter.id} is registered twice`);
  adapters.set(adapter.id, adapter);
  return adapter;
};

export const registerDetector = <T extends ObservationType>(detector: Detector<T>): Detector<T> => {
  if (detectorIds.has(detector.id)) throw new Error(`Detector ${detector.id} is registered twice`);
  if (!detector.id.startsWith(`${detector.adapter}.`))
    throw new Error(`Detector ${detector.id} must be named after its adapter (${detector.adapter}.…)`);
  detectorIds.add(detector.id);
  // Safe widening: runDetectors only calls a detector with the observation types it lists.
  detectors.push(detector as unknown as Detector);
  return detector;
};

export const registeredAdapters = (): readonly Adapter[] => [...adapters.values()];
export const registeredDetectors = (): readonly Detector[] => detectors;

/** What the centre or the subject says about the site; `adapters` wins over detection. */
export interface AdapterConfig {
  adapters?: readonly AdapterId[] | undefined;
}

/** Confidence from which a detected adapter is switched on. */
export const DETECTION_THRESHOLD = 0.5;

/**
 * The adapters to run for a site: the configured ones, or those that recognise the site's
 * URL and markup; the generic shop adapter is always on. Specific adapters come first.
 */
export const activeAdapters = (config: AdapterConfig, site?: SiteSignals): AdapterId[] => {
  const chosen = new Set<AdapterId>();
  if (config.adapters?.length) for (const id of config.adapters) chosen.add(id);
  else if (site)
    for (const adapter of adapters.values())
      if (!adapter.generic && adapter.detectSite(site) >= DETECTION_THRESHOLD) chosen.add(adapter.id);
  for (const adapter of adapters.values()) if (adapter.generic) chosen.add(adapter.id);
  const generic = (id: AdapterId) => adapters.get(id)?.generic ?? false;
  return [...chosen].sort((a, b) => Number(generic(a)) - Number(generic(b)));
};

const DEDUP_WINDOW_MS = 10_000;
const DEDUP_KEY = 'registry:recent';
interface Recent {
  fingerprint: string;
  time: number;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

const runDetectors = (
  list: readonly Detector[],
  observation: Observation,
  context: DetectorContext,
): DerivedEvent[] => {
  const out: DerivedEvent[] = [];
  for (const detector of list) {
    if (!detector.observes.includes(observation.type)) continue;
    let derived: DerivedEvent[];
    try {
      derived = detector.detect(observation, context);
    } catch (error) {
      context.onError?.(detector.id, error);
      continue;
    }
    for (const event of derived) {
      const checked = EVENT_PAYLOADS[event.kind].safeParse(event.data);
      if (checked.success) out.push({ kind: event.kind, data: checked.data } as DerivedEvent);
      else context.onError?.(detector.id, checked.error);
    }
  }
  return out;
};

/**
 * Semantic events derived from one observation by the active adapters' detectors, each valid
 * for `EVENT_PAYLOADS[kind]`. Pure apart from `context.memory`.
 */
export const deriveEvents = (
  observation: Observation,
  active: readonly AdapterId[],
  context: DetectorContext,
): DerivedEvent[] => {
  const isActive = (detector: Detector) => active.includes(detector.adapter);
  const isGeneric = (detector: Detector) => adapters.get(detector.adapter)?.generic ?? false;
  let events = runDetectors(
    detectors.filter((d) => isActive(d) && !isGeneric(d)),
    observation,
    context,
  );
  if (events.length === 0)
    events = runDetectors(
      detectors.filter((d) => isActive(d) && isGeneric(d)),
      observation,
      context,
    );
  if (events.length === 0) return events;

  const recent = (context.memory.get<Recent[]>(DEDUP_KEY) ?? []).filter(
    (entry) => Math.abs(observation.time - entry.time) <= DEDUP_WINDOW_MS,
  );
  const kept: DerivedEvent[] = [];
  for (const event of events) {
    const fingerprint = stable(event);
    if (recent.some((entry) => entry.fingerprint === fingerprint)) continue;
    recent.push({ fingerprint, time: observation.time });
    kept.push(event);
  }
  context.memory.set(DEDUP_KEY, recent.slice(-50));
  return kept;
};
