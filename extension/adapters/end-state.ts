/**
 * End-state checks (pure parts): what the background should fetch after an event, and how to
 * turn what it fetched into *state* evidence linked to that event; and which voucher creation
 * a voucher test in the cart (or an order) relates to.
 *
 * The background owns the fetching (same origin only, with the session's cookies left out),
 * the timing (`delayMs`, one pending check per `key`: a later save replaces an earlier one)
 * and the envelope of the state event (`relatesTo` — see the proposed schema field).
 */
import { normalise } from '../../shared/rules/text.ts';
import { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import { commentEvidence, commentReadUrl, commentShowsClaim, publicComment } from './comment-read.ts';
import { normaliseCode } from './lib/commerce.ts';
import { seoSnapshotFromHtml } from './seo-html.ts';
import type { SeoSnapshot } from './types.ts';

/** The part of a stored event these helpers read. */
export interface EventRef {
  id: string;
  kind: string;
  data: unknown;
  /** Where the candidate was (a comment read finds the WordPress install from it). */
  url?: string;
  /** Rests on page-reported data only: some checks exist only to confirm such events. */
  unconfirmed?: boolean;
}

export interface EndStateCheck {
  /**
   * `page-snapshot`: the public page of a publication (HTML → `page.seo`);
   * `comment-read`: a comment as WordPress shows it to an anonymous reader (JSON, see
   * wordpress/comment-read.ts), only to confirm a page-reported reply or approval.
   */
  kind: 'page-snapshot' | 'comment-read';
  /** Address to fetch: same origin as a reference origin, without fragment. */
  url: string;
  /** Id of the event the read documents (the publication, the reply…). */
  relatesTo: string;
  /** One pending check per thing: a newer check with the same key replaces the older one. */
  key: string;
  /** Wait before fetching, so that caches and slug redirects have settled. */
  delayMs: number;
}

export const END_STATE_DELAY_MS = 1_500;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Resolves a content link against the reference origins; undefined when it leaves them. */
export const publicUrl = (link: string, origins: readonly string[]): string | undefined => {
  let url: URL;
  try {
    url = new URL(link, origins[0]);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!origins.includes(url.origin)) return undefined;
  url.hash = '';
  return url.href;
};

/**
 * The checks an event calls for: a published (or updated and still published) article or page
 * → a snapshot of its public page. Media, drafts and content without a public link call for
 * none; a link to another origin is never fetched.
 */
export const endStateChecksFor = (event: EventRef, origins: readonly string[]): EndStateCheck[] => {
  if (event.unconfirmed && origins[0]) {
    const url = commentReadUrl(event, origins[0]);
    if (url)
      return [
        {
          kind: 'comment-read',
          url,
          relatesTo: event.id,
          key: `${event.kind}:${String(record(event.data).commentId)}`,
          delayMs: END_STATE_DELAY_MS,
        },
      ];
  }
  if (event.kind !== 'content.published' && event.kind !== 'content.updated') return [];
  const data = record(event.data);
  if (data.status !== 'publish' || data.contentType === 'media' || typeof data.link !== 'string') return [];
  const url = publicUrl(data.link, origins);
  if (!url) return [];
  return [
    {
      kind: 'page-snapshot',
      url,
      relatesTo: event.id,
      key: `${String(data.contentType)}:${String(data.id)}`,
      delayMs: END_STATE_DELAY_MS,
    },
  ];
};

/** The state evidence of a fetched page: a `page.seo` payload, valid for its schema. */
export interface StateEvidence {
  kind: 'page.seo';
  url: string;
  relatesTo: string;
  data: SeoSnapshot;
}

/** What any check yields: a state event's kind, address, link and payload (valid for its schema). */
export interface ReadEvidence {
  kind: 'page.seo' | 'comment.replied' | 'comment.moderated';
  url: string;
  relatesTo: string;
  data: unknown;
}

export const stateEvidence = (check: EndStateCheck, html: string, keyword?: string): StateEvidence => ({
  kind: 'page.seo',
  url: check.url,
  relatesTo: check.relatesTo,
  data: EVENT_PAYLOADS['page.seo'].parse(seoSnapshotFromHtml(html, check.url, keyword)),
});

const ALL_TOLERANT = { case: true, accents: true, spacing: true, punctuation: true };

/**
 * Whether Témoin's own read of the public page shows what a page-reported publication claims —
 * its title in the page's title or a heading. A forged response pointing at some other page that
 * exists must not be confirmed by that page.
 */
export const pageShowsClaim = (
  claim: { title?: unknown },
  snapshot: { title?: string | null; headings?: readonly { text: string }[] },
): boolean => {
  const title = typeof claim.title === 'string' ? normalise(claim.title, ALL_TOLERANT) : '';
  if (title === '') return false;
  return [snapshot.title ?? '', ...(snapshot.headings ?? []).map((heading) => heading.text)].some((text) =>
    normalise(text, ALL_TOLERANT).includes(title),
  );
};

/**
 * The evidence of one check from what was fetched, or null when it is none: a comment read
 * that does not show the claimed comment in the claimed state, a page that does not show a
 * page-reported publication's title. `claim` is the page-reported event the read must confirm
 * (absent for a confirmed publication: its snapshot is plain state evidence).
 */
export const readEvidence = (
  check: EndStateCheck,
  body: string,
  keyword: string | undefined,
  claim?: { kind: string; data: unknown },
): ReadEvidence | null => {
  if (check.kind === 'comment-read') {
    const shown = publicComment(body);
    if (!claim || !shown || !commentShowsClaim(claim, shown)) return null;
    return { ...commentEvidence(claim, shown), url: check.url, relatesTo: check.relatesTo };
  }
  const evidence = stateEvidence(check, body, keyword);
  if (claim && !pageShowsClaim(record(claim.data), evidence.data)) return null;
  return evidence;
};

/**
 * Links voucher tests to their creation, in session order: each `commerce.voucherApplied`
 * (and each `commerce.orderPlaced` using the code) relates to the latest
 * `commerce.voucherCreated` of the same code (case and spaces ignored) seen before it.
 */
export const createVoucherLinker = () => {
  const created = new Map<string, string>();
  return {
    /** Ids of the voucher creations this event relates to (empty for other kinds). */
    relate(event: EventRef): string[] {
      const data = record(event.data);
      if (event.kind === 'commerce.voucherCreated' && typeof data.code === 'string') {
        created.set(normaliseCode(data.code), event.id);
        return [];
      }
      if (event.kind === 'commerce.voucherApplied' && typeof data.code === 'string') {
        const id = created.get(normaliseCode(data.code));
        return id ? [id] : [];
      }
      if (event.kind === 'commerce.orderPlaced' && Array.isArray(data.voucherCodes))
        return data.voucherCodes
          .filter((code): code is string => typeof code === 'string')
          .map((code) => created.get(normaliseCode(code)))
          .filter((id): id is string => id !== undefined);
      return [];
    },
  };
};

/** The same over a whole session: event id → ids of the voucher creations it relates to. */
export const linkVoucherTests = (events: readonly EventRef[]): Map<string, string[]> => {
  const linker = createVoucherLinker();
  const links = new Map<string, string[]>();
  for (const event of events) {
    const related = linker.relate(event);
    if (related.length) links.set(event.id, related);
  }
  return links;
};
