/**
 * Capture events: one discriminated union on `kind`. Each kind is declared once in
 * `EVENT_PAYLOADS` with the shape of its `data`; adding a kind is adding one entry there.
 * The envelope (seq, time, url, question, trust, chain hash) is the same for every kind.
 */
import { z } from 'zod';
import { Id, IsoDateTime, Sha256Hex } from './common.ts';
import { MarkupFacts } from './markup.ts';

const short = z.string().max(500);
const medium = z.string().max(5_000);
const long = z.string().max(100_000);
const count = z.number().int().min(0);

/** How deep free-form captured JSON may nest (hashing it with shared/bundle/jcs.ts recurses). */
export const MAX_FREE_DEPTH = 100;

/**
 * What makes free JSON unfit to hash: nesting deeper than `levels` (or a cycle), or a number
 * JSON cannot write (`1e400` parses to Infinity; NaN comes from a script). JCS refuses both,
 * so they must be refused here, where a reader gets a problem instead of an exception.
 */
const unfitToHash = (value: unknown, levels: number): 'too-deep' | 'non-finite' | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'non-finite';
  if (typeof value !== 'object' || value === null) return undefined;
  if (levels === 0) return 'too-deep';
  for (const child of Object.values(value)) {
    const found = unfitToHash(child, levels - 1);
    if (found) return found;
  }
  return undefined;
};

/** JSON from a page (request body, response, settings): any shape, bounded depth (and no cycle). */
const FreeJson = z.unknown().superRefine((value, ctx) => {
  const found = unfitToHash(value, MAX_FREE_DEPTH);
  if (found === 'too-deep')
    ctx.addIssue({ code: 'custom', message: 'too-deep', params: { max: MAX_FREE_DEPTH }, input: value });
  else if (found === 'non-finite') ctx.addIssue({ code: 'custom', message: 'non-finite', input: value });
});

/** A captured form field: sensitive values are replaced by `masked: true` and their length. */
export const FieldValue = z
  .object({
    name: short,
    label: short.optional(),
    type: z.string().max(40),
    value: medium.optional(),
    masked: z.boolean().optional(),
    length: count,
  })
  .strict();

const SeoSnapshot = z
  .object({
    title: short,
    metaDescription: medium.nullable(),
    robots: short.nullable(),
    canonical: z.string().max(2000).nullable(),
    lang: z.string().max(40).nullable(),
    headings: z.array(z.object({ level: z.number().int().min(1).max(6), text: short }).strict()).max(500),
    images: z.object({ total: count, missingAlt: count, emptyAlt: count }).strict(),
    links: z.object({ internal: count, external: count }).strict(),
    openGraph: z.record(z.string().max(100), medium),
    jsonLdTypes: z.array(short).max(50),
    wordCount: count,
    keyword: z
      .object({
        term: short,
        count,
        inTitle: z.boolean(),
        inH1: z.boolean(),
        inMetaDescription: z.boolean(),
        inUrl: z.boolean(),
      })
      .strict()
      .optional(),
    /** What site adapters read of the page (notices, totals, body id…), when the capture took it. */
    markup: MarkupFacts.optional(),
  })
  .strict();

const ContentRef = {
  cms: z.string().max(40),
  contentType: z.string().max(40),
  id: z.string().max(100),
  title: short,
  slug: short.optional(),
  status: z.string().max(40).optional(),
  excerpt: medium.optional(),
  link: z.string().max(2000).optional(),
  categories: z.array(short).optional(),
  tags: z.array(short).optional(),
  featuredImage: z
    .object({ url: z.string().max(2000).optional(), alt: short.optional() })
    .strict()
    .optional(),
  wordCount: count.optional(),
  /** The body as the candidate wrote it (markup kept), for quality checks: copy, filler, mentions. */
  text: long.optional(),
  blocks: z.array(short).optional(),
  images: z.object({ total: count, missingAlt: count }).strict().optional(),
  seo: z
    .object({ title: short.optional(), metaDescription: medium.optional(), focusKeyword: short.optional() })
    .strict()
    .optional(),
  /** Only the fields this save changed (back offices often send just those). */
  changed: z.array(short).optional(),
};

/** Payload shape of every event kind. Keep it sorted by family. */
export const EVENT_PAYLOADS = {
  'session.started': z
    .object({
      subjectId: Id,
      candidateNumber: short,
      durationMinutes: z.number().int().min(1),
      /**
       * What the chain vouches for beyond the events (shared/bundle/binding.ts): the hash of the
       * session record's fixed fields and the subject package's content hash. Absent only in
       * bundles exported before they existed, which `readBundle` refuses.
       */
      sessionHash: Sha256Hex.optional(),
      packageHash: Sha256Hex.optional(),
    })
    .strict(),
  'session.resumed': z.object({ reason: z.enum(['browser-restart', 'worker-restart']) }).strict(),
  'session.ended': z.object({ reason: z.enum(['examiner', 'time-up']) }).strict(),
  /** Extra time granted by the examiner (PIN): « tiers-temps » (a third) or any minutes. */
  'session.timeExtended': z
    .object({ minutes: z.number().int().min(1).max(240), basis: z.enum(['third', 'minutes']), reason: short })
    .strict(),
  /** The clock stops: an incident (examiner, with its reason) or an interruption (restart). */
  'session.paused': z
    .object({ reason: z.string().min(1).max(500), cause: z.enum(['incident', 'interruption']) })
    .strict(),
  /** The clock goes on; `pausedMs` is given back to the candidate. */
  'session.pauseEnded': z.object({ reason: short, pausedMs: z.number().int().min(0) }).strict(),

  'nav.visited': z
    .object({
      title: short,
      via: z.enum(['load', 'history', 'hash']),
      referrer: z.string().max(2000).optional(),
    })
    .strict(),
  'ui.clicked': z
    .object({
      role: short,
      name: short,
      tag: z.string().max(40),
      selector: short,
      href: z.string().max(2000).optional(),
    })
    .strict(),
  'ui.changed': FieldValue,
  'form.submitted': z
    .object({
      action: z.string().max(2000),
      method: z.string().max(10),
      fields: z.array(FieldValue).max(500),
    })
    .strict(),
  'net.request': z
    .object({
      method: z.string().max(10),
      path: z.string().max(2000),
      query: z.record(z.string().max(200), medium).default({}),
      status: z.number().int().optional(),
      body: z.record(z.string().max(200), FreeJson).optional(),
      /** Read by the main-world hook, which the page can steer: page-reported, not observed. */
      response: FreeJson.optional(),
      /** The browser gave no body (Chromium: PATCH, DELETE); `body` is the hook's copy, page-reported. */
      bodyFromPage: z.literal(true).optional(),
      truncated: z.boolean().optional(),
    })
    .strict(),
  'page.seo': SeoSnapshot,

  'content.published': z.object(ContentRef).strict(),
  'content.updated': z.object(ContentRef).strict(),
  'content.unpublished': z.object(ContentRef).strict(),
  'comment.moderated': z
    .object({
      commentId: z.string().max(100),
      action: z.enum(['approve', 'unapprove', 'spam', 'unspam', 'trash', 'untrash', 'delete']),
      postId: z.string().max(100).optional(),
    })
    .strict(),
  'comment.replied': z
    .object({
      commentId: z.string().max(100),
      parentId: z.string().max(100),
      text: long,
      postId: z.string().max(100).optional(),
    })
    .strict(),
  /**
   * A new comment, not a reply: posted through a post's public comment form (or the REST API)
   * with no parent. Candidates sometimes answer an internaut this way instead of « Répondre ».
   */
  'comment.posted': z
    .object({
      commentId: z.string().max(100),
      text: long,
      postId: z.string().max(100).optional(),
    })
    .strict(),
  'settings.changed': z.object({ area: short, changes: z.record(z.string().max(200), FreeJson) }).strict(),

  'commerce.cartChanged': z
    .object({
      action: z.enum(['add', 'remove', 'update']),
      productId: short,
      name: short.optional(),
      quantity: count,
      total: z.number().optional(),
    })
    .strict(),
  'commerce.voucherApplied': z
    .object({ code: short, accepted: z.boolean(), message: medium.optional() })
    .strict(),
  'commerce.orderPlaced': z
    .object({
      orderId: short,
      total: z.number(),
      itemCount: count,
      voucherCodes: z.array(short).default([]),
      paymentMethod: short.optional(),
    })
    .strict(),
  'commerce.voucherCreated': z
    .object({
      code: short,
      name: short.optional(),
      reductionPercent: z.number().optional(),
      reductionAmount: z.number().optional(),
      quantity: z.number().int().optional(),
      quantityPerUser: z.number().int().optional(),
      validFrom: short.optional(),
      validTo: short.optional(),
      minimumAmount: z.number().optional(),
      customerGroup: short.optional(),
    })
    .strict(),
  'commerce.productSaved': z
    .object({
      productId: short,
      name: short,
      price: z.number().optional(),
      stock: z.number().int().optional(),
      category: short.optional(),
      shortDescriptionLength: count.optional(),
      /** The summary's visible text (markup dropped), for rules that check what it says. */
      shortDescription: medium.optional(),
      descriptionLength: count.optional(),
      metaTitle: short.optional(),
      metaDescription: medium.optional(),
      friendlyUrl: short.optional(),
    })
    .strict(),

  'task.statusChanged': z
    .object({
      questionId: Id,
      from: z.enum(['todo', 'doing', 'done']),
      to: z.enum(['todo', 'doing', 'done']),
    })
    .strict(),
  'task.noteSaved': z.object({ questionId: Id, text: medium, length: count }).strict(),
  'overlay.toggled': z.object({ visible: z.boolean() }).strict(),
  'examiner.note': z.object({ text: medium, questionId: Id.optional() }).strict(),
  'integrity.warning': z
    .object({
      code: z.enum([
        'left-origin',
        'untrusted-event',
        'seq-gap',
        'time-up',
        'storage-error',
        'clock-skew',
        /** An observation refused as malformed or unhashable (a page sent 1e400): dropped, said so. */
        'rejected-event',
        /** A tab on another origin than the reference site's (origin only in `detail`). */
        'other-tab',
        /** A new browser window opened during the session. */
        'new-window',
        /** A private (incognito) window opened, or tried, during the session. */
        'private-window',
        // A sender proposed what it may not produce (a content script sending `session.*`…).
        'forged-event',
        // The centre's settings were changed, or a change was attempted, during the session.
        'settings-change',
      ]),
      detail: medium,
    })
    .strict(),
  /** A wrong examiner PIN, or an attempt while PIN entry is locked after repeated failures. */
  'pin.failed': z
    .object({
      action: z.enum([
        'session.start',
        'session.end',
        'settings',
        'pin.change',
        'session.extendTime',
        'session.pause',
        'session.unpause',
        'session.purge',
      ]),
      reason: z.enum(['wrong', 'locked']),
      /** Consecutive failures so far, this one included. */
      failures: count,
      /** How long PIN entry stays locked after this failure (0: not locked). */
      lockedForMs: count,
      /** When it happened, for a failure before the session started (recorded at its start). */
      at: IsoDateTime.optional(),
    })
    .strict(),
} as const;

export type EventKind = keyof typeof EVENT_PAYLOADS;
export const EVENT_KINDS = Object.keys(EVENT_PAYLOADS) as EventKind[];

/** Envelope fields common to every event, in the order they are documented. */
export const eventEnvelope = {
  id: z.string().min(8).max(64),
  seq: z.number().int().min(0),
  /** Wall-clock time of the observation, epoch milliseconds. */
  time: z.number().int().min(0),
  /** Milliseconds since the session started. */
  elapsedMs: z.number().int(),
  url: z.string().max(4000),
  /** Question the candidate had open in the overlay, if any. */
  questionId: Id.nullable(),
  /** False when a script, not the candidate, generated the underlying DOM event. */
  trusted: z.boolean(),
  /** True for events observed after the time allowed. */
  afterTime: z.boolean().optional(),
  /** The event this one documents: a snapshot of a published page, a voucher's test in the cart. */
  relatesTo: z.string().min(8).max(80).optional(),
  /** For events derived by a site adapter: the observation (event id) they were derived from. */
  derivedFrom: z.string().min(8).max(64).optional(),
  /**
   * True when the event rests on what the page itself reported (the main-world network hook,
   * which page scripts can steer) and nothing the extension observed on its own confirmed it.
   * The rules engine does not count such events as evidence (docs/adr/0013-threat-model.md).
   */
  unconfirmed: z.literal(true).optional(),
  /** SHA-256 of this event in the session's chain (see shared/bundle/chain.ts). */
  hash: Sha256Hex,
};

type EventVariant<K extends EventKind> = z.ZodObject<
  typeof eventEnvelope & { kind: z.ZodLiteral<K>; data: (typeof EVENT_PAYLOADS)[K] }
>;

const variants = EVENT_KINDS.map((kind) =>
  z.object({ ...eventEnvelope, kind: z.literal(kind), data: EVENT_PAYLOADS[kind] }).strict(),
) as unknown as [EventVariant<EventKind>, ...EventVariant<EventKind>[]];

export const CaptureEvent = z.discriminatedUnion('kind', variants);

/** A stored event: envelope + kind + typed data. */
export type CaptureEvent = {
  [K in EventKind]: z.infer<z.ZodObject<typeof eventEnvelope>> & {
    kind: K;
    data: z.infer<(typeof EVENT_PAYLOADS)[K]>;
  };
}[EventKind];
export type EventOf<K extends EventKind> = Extract<CaptureEvent, { kind: K }>;

/** An event before the background stamps it with seq and hash. */
export type UnsealedEvent = Omit<CaptureEvent, 'seq' | 'hash'>;
