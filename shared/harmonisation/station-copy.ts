/**
 * The fourth flag, **station-copy**: evidence that is not what the examiner's station received.
 * The station keeps, per candidate session, the head of the chain after the `count` events it
 * received (station-source.ts). Every bundle is chained (each hash covers the previous one), so
 * one comparison is enough: a bundle of at least `count` events whose event `count − 1` does
 * not carry that head was changed after the fact, and a bundle with fewer events than the
 * station received was cut. A bundle with more is normal (the station had not received the
 * last events yet) and is not flagged. An assessment made from a bundle of exactly `count`
 * events whose head differs is flagged too, even without the bundle file.
 */
import type { EvidenceBundle } from '../schema/bundle.ts';
import type { HarmonisationSet } from './collection.ts';
import type { Entry, Flag, StationAnchor } from './entry.ts';
import { examinerKey } from './format.ts';

type FlagEntry = Omit<Entry, 'flags'>;

const short = (hash: string) => hash.slice(0, 12);

/** Why a bundle differs from the station's copy, or null when it agrees with it. */
export const bundleAgainstAnchor = (
  bundle: Pick<EvidenceBundle, 'events'>,
  anchor: Pick<StationAnchor, 'count' | 'head'>,
): { reason: 'changed' | 'missing'; bundleCount: number } | null => {
  const bundleCount = bundle.events.length;
  if (anchor.count === 0) return null;
  if (bundleCount < anchor.count) return { reason: 'missing', bundleCount };
  return bundle.events[anchor.count - 1]!.hash === anchor.head ? null : { reason: 'changed', bundleCount };
};

const flagOf = (
  anchor: StationAnchor,
  entries: readonly FlagEntry[],
  reason: Record<'fr' | 'en', string>,
): Flag => {
  const mine = entries.filter((e) => e.assessment.bundle.sessionId === anchor.sessionId);
  const examiner = mine[0]?.examiner ?? anchor.examiner;
  return {
    kind: 'station-copy',
    key: `station-copy:${anchor.sessionId}`,
    examinerKey: mine[0]?.examinerKey ?? examinerKey(examiner),
    examiner,
    assessmentIds: mine.map((e) => e.id),
    reason,
    magnitude: anchor.count,
  };
};

/** Every station-copy flag of the set: loaded bundles first, then assessments alone. */
export const stationCopyFlags = (set: HarmonisationSet, entries: readonly FlagEntry[]): Flag[] => {
  const flags = new Map<string, Flag>();
  for (const [sessionId, { bundle, file }] of set.bundles) {
    const anchor = set.anchors.get(sessionId);
    const verdict = anchor ? bundleAgainstAnchor(bundle, anchor) : null;
    if (!anchor || !verdict) continue;
    const who = bundle.session.candidate.number;
    flags.set(
      sessionId,
      flagOf(
        anchor,
        entries,
        verdict.reason === 'missing'
          ? {
              fr: `Le fichier de preuves « ${file} » (candidat ${who}) contient ${verdict.bundleCount} événements, la station en a reçu ${anchor.count} : des événements ont été retirés après coup.`,
              en: `The evidence file "${file}" (candidate ${who}) holds ${verdict.bundleCount} events, the station received ${anchor.count}: events were removed after the fact.`,
            }
          : {
              fr: `Le fichier de preuves « ${file} » (candidat ${who}) diffère de ce que la station a reçu : ses ${anchor.count} premiers événements ne mènent pas à l’empreinte ancrée par la station (${short(anchor.head)}…). Il a été modifié après coup.`,
              en: `The evidence file "${file}" (candidate ${who}) differs from what the station received: its first ${anchor.count} events do not lead to the head the station anchored (${short(anchor.head)}…). It was changed after the fact.`,
            },
      ),
    );
  }
  for (const entry of entries) {
    const { sessionId, chainHead, eventCount } = entry.assessment.bundle;
    const anchor = set.anchors.get(sessionId);
    if (!anchor || flags.has(sessionId) || eventCount !== anchor.count || chainHead === anchor.head) continue;
    flags.set(
      sessionId,
      flagOf(anchor, entries, {
        fr: `L’évaluation du candidat ${entry.candidate} porte sur des preuves (empreinte ${short(chainHead)}…) qui ne sont pas celles que la station a reçues : à ${anchor.count} événements, la station a ancré ${short(anchor.head)}….`,
        en: `The assessment of candidate ${entry.candidate} rests on evidence (head ${short(chainHead)}…) that is not what the station received: at ${anchor.count} events, the station anchored ${short(anchor.head)}….`,
      }),
    );
  }
  return [...flags.values()];
};
