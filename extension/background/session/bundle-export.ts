/** Builds the evidence bundle of a session: the file an examiner reviews. */
import { sealBundle } from '../../../shared/bundle/seal.ts';
import { safeFileName } from '../../../shared/export/file-name.ts';
import { CHAIN_ALGORITHM, type EvidenceBundle } from '../../../shared/schema/bundle.ts';
import type { CaptureEvent } from '../../../shared/schema/event.ts';
import type { SubjectPackage } from '../../../shared/schema/package.ts';
import type { Session } from '../../../shared/schema/session.ts';

/** The bundle, sealed (shared/bundle/seal.ts): every byte of it is covered by the chain or the seal. */
export const buildBundle = (
  session: Session,
  events: CaptureEvent[],
  head: string,
  subjectPackage: SubjectPackage | undefined,
  now: Date,
): Promise<EvidenceBundle> =>
  sealBundle({
    format: 'temoin.bundle/1',
    exportedAt: now.toISOString(),
    session,
    ...(subjectPackage ? { subjectPackage } : {}),
    events,
    chain: { algorithm: CHAIN_ALGORITHM, count: events.length, head },
  });

/** `<candidate>-<subject>-<date>.temoin.json`, safe on every file system. */
export const bundleFilename = (session: Session, now: Date): string => {
  const safe = (text: string) => safeFileName(text, 60);
  const date = now.toISOString().slice(0, 10);
  return `${safe(session.candidate.number)}-${safe(session.subject.id)}-${date}.temoin.json`;
};
