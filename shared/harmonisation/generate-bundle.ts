/**
 * The evidence bundles of the generated harmonisation set (generate.ts): a short, plausible,
 * hash-chained session per assessment that needs one, sealed as the extension would.
 */
import { startBinding } from '../bundle/binding.ts';
import { sealEvents } from '../bundle/chain.ts';
import { sealBundle } from '../bundle/seal.ts';
import type { Assessment } from '../schema/assessment.ts';
import { CHAIN_ALGORITHM, type EvidenceBundle } from '../schema/bundle.ts';
import type { UnsealedEvent } from '../schema/event.ts';
import { parse } from '../schema/index.ts';
import type { SubjectPackage } from '../schema/package.ts';
import type { Session } from '../schema/session.ts';
/** Candidate text that a view must show as text, never as markup. */
export const XSS = '<img src=x onerror=alert(1)>';

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export interface BundleInput {
  pkg: SubjectPackage;
  gridHash: string;
  sessionId: string;
  candidate: Assessment['candidate'];
  commission: string;
  start: string;
  end: string;
  index: number;
}

/** A short, plausible, hash-chained session: per question, what the candidate did and wrote. */
export const buildBundle = async (input: BundleInput): Promise<EvidenceBundle> => {
  const { pkg, start } = input;
  const subject = pkg.subject;
  const t0 = Date.parse(start);
  const origin = 'http://127.0.0.1:8080';
  let n = 0;
  const envelope = (minute: number, path: string, questionId: string | null) => {
    n += 1;
    return {
      id: `evt-${input.index}-${pad(n, 3)}`,
      time: t0 + minute * 60_000,
      elapsedMs: minute * 60_000,
      url: `${origin}${path}`,
      questionId,
      trusted: true,
    };
  };
  const events: UnsealedEvent[] = [
    {
      ...envelope(0, '/wp-admin/', null),
      kind: 'session.started',
      data: { subjectId: subject.id, candidateNumber: input.candidate.number, durationMinutes: 40 },
    },
  ];
  subject.questions.forEach((q, i) => {
    const minute = 2 + i * 7;
    const admin = subject.cms === 'prestashop' ? '/admin-dev/index.php' : '/wp-admin/';
    events.push({
      ...envelope(minute, admin, q.id),
      kind: 'task.statusChanged',
      data: { questionId: q.id, from: 'todo', to: 'doing' },
    });
    events.push({
      ...envelope(minute + 1, admin, q.id),
      kind: 'nav.visited',
      data: { title: `${q.title} — administration`, via: 'load' },
    });
    if (i === 0 && subject.cms === 'wordpress')
      events.push({
        ...envelope(minute + 3, '/wp-json/wp/v2/posts/42', q.id),
        kind: 'content.published',
        data: {
          cms: 'wordpress',
          contentType: 'post',
          id: '42',
          title: `Thé vert bio : la récolte de printemps ${XSS}`,
          slug: 'the-vert-bio-printemps',
          status: 'publish',
          wordCount: 164,
        },
      });
    if (i === 1 && subject.cms === 'prestashop')
      events.push({
        ...envelope(minute + 3, admin, q.id),
        kind: 'commerce.voucherCreated',
        data: { code: 'PRINTEMPS10', name: `Printemps ${XSS}`, reductionPercent: 10, quantityPerUser: 1 },
      });
    const text = i === 0 ? `J’ai repris l’annexe 1. ${XSS}` : `Question ${q.number} traitée.`;
    events.push({
      ...envelope(minute + 5, admin, q.id),
      kind: 'task.noteSaved',
      data: { questionId: q.id, text, length: text.length },
    });
    events.push({
      ...envelope(minute + 6, admin, q.id),
      kind: 'task.statusChanged',
      data: { questionId: q.id, from: 'doing', to: 'done' },
    });
  });
  events.push({ ...envelope(39, '/wp-admin/', null), kind: 'session.ended', data: { reason: 'examiner' } });

  const session: Session = {
    format: 'temoin.session/1',
    id: input.sessionId,
    status: 'ended',
    subject: {
      id: subject.id,
      title: subject.title,
      letter: subject.letter,
      cms: subject.cms,
      hash: pkg.hash.value,
    },
    grid: { id: pkg.grid.id, hash: input.gridHash },
    candidate: input.candidate,
    commission: input.commission,
    centre: 'Lycée de démonstration',
    referenceOrigins: [origin],
    startedAt: input.start,
    endedAt: input.end,
    durationMinutes: 40,
    browser: 'Chromium 130',
    extensionVersion: '0.1.0',
  };
  // Bound as the extension binds it: the session and the package hash in the first event.
  const started = events[0] as UnsealedEvent & { data: Record<string, unknown> };
  started.data = { ...started.data, ...(await startBinding(session)) };
  const { sealed, head } = await sealEvents({ seq: 0, head: '0'.repeat(64) }, events);
  const parsed = parse('bundle', {
    format: 'temoin.bundle/1',
    exportedAt: input.end,
    session,
    subjectPackage: pkg,
    events: sealed,
    chain: { algorithm: CHAIN_ALGORITHM, count: sealed.length, head },
  });
  if (!parsed.ok) throw new Error(`generated bundle ${input.sessionId}: ${JSON.stringify(parsed.problems)}`);
  // Sealed last, on a copy: the seal covers the members in the order they are written, and the
  // generator goes on using objects it shares with the bundle.
  return sealBundle(structuredClone(parsed.value));
};
