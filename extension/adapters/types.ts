/**
 * The contract between the capture (which observes requests, pages and form submits) and the
 * site adapters (which turn those observations into semantic events). Pure types: no browser
 * API, so this folder can move to `shared/` unchanged.
 */
import type { z } from 'zod';
import type { EVENT_PAYLOADS, FieldValue } from '../../shared/schema/event.ts';
import type { MarkupFacts } from './markup.ts';

export type SeoSnapshot = z.infer<(typeof EVENT_PAYLOADS)['page.seo']>;
export type ObservedField = z.infer<typeof FieldValue>;

/** A state-changing request to the reference origin, as `net.request` records it. */
export interface RequestObservation {
  type: 'request';
  /** Effective method: the capture has already applied `X-HTTP-Method-Override` / `_method`. */
  method: string;
  path: string;
  query: Readonly<Record<string, string>>;
  /**
   * Decoded and masked body: a JSON object as sent, or form fields with their names as sent
   * (`form[step1][name][1]` stays one flat key; a repeated key holds an array of strings).
   */
  body?: Readonly<Record<string, unknown>> | undefined;
  /** Parsed JSON response, when the main-world hook could read it. */
  response?: unknown;
  status?: number | undefined;
  url: string;
  time: number;
}

/** A page that finished loading (or changed route), with what the content script read of it. */
export interface PageObservation {
  type: 'page';
  url: string;
  time: number;
  title?: string | undefined;
  seo?: SeoSnapshot | undefined;
  markup?: MarkupFacts | undefined;
}

/** A form submit seen in the page (`form.submitted`): the fallback when requests are not observed. */
export interface FormObservation {
  type: 'form';
  url: string;
  time: number;
  action: string;
  method: string;
  fields: readonly ObservedField[];
}

/**
 * A link the candidate followed (`ui.clicked` with an `href`): back offices act through GET
 * links (approve a review, close a thread) whose target may redirect, so the page that loads
 * does not always show the action; a detector pairs the link with the page that follows.
 */
export interface LinkObservation {
  type: 'link';
  url: string;
  time: number;
  href: string;
}

export type Observation = RequestObservation | PageObservation | FormObservation | LinkObservation;
export type ObservationType = Observation['type'];

/** The event kinds adapters produce. */
export type SemanticKind =
  | 'content.published'
  | 'content.updated'
  | 'content.unpublished'
  | 'comment.moderated'
  | 'comment.replied'
  | 'comment.posted'
  | 'settings.changed'
  | 'commerce.cartChanged'
  | 'commerce.voucherApplied'
  | 'commerce.orderPlaced'
  | 'commerce.voucherCreated'
  | 'commerce.productSaved';

export type PayloadOf<K extends SemanticKind> = z.infer<(typeof EVENT_PAYLOADS)[K]>;

/** A semantic event before the background gives it an envelope (id, seq, time, URL, hash). */
export type DerivedEvent = { [K in SemanticKind]: { kind: K; data: PayloadOf<K> } }[SemanticKind];

export type ContentRef = PayloadOf<'content.published'>;

/**
 * What detectors remember during one session: statuses seen, names learnt from responses,
 * a voucher waiting for the next page to say whether it was accepted. Bounded; the background
 * keeps one per session (and may persist `snapshot()` to survive a worker restart).
 */
export interface Memory {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  snapshot(): [string, unknown][];
}

export interface DetectorContext {
  /** Origin of the reference site, for absolute links. */
  origin: string;
  memory: Memory;
  /**
   * True when the background observes requests (the normal case): form submits are then left
   * to the request detectors, so that one submit never yields two events.
   */
  requestsObserved: boolean;
  /** Told when a detector throws or produces an event its schema refuses. */
  onError?: ((detectorId: string, error: unknown) => void) | undefined;
}

export type AdapterId = 'wordpress' | 'prestashop' | 'commerce' | 'demo';

/** Where a detector's knowledge comes from: the product's own source, read file by file. */
export interface SourceRef {
  product: string;
  versions: readonly string[];
  /**
   * The product's lines the detector relies on, `owner/repo@<tag or commit>:<path>#L<a>-L<b>`, each
   * listed in docs/sources.md with the day it was read; or a file of this repository (demo site).
   */
  files: readonly string[];
  /**
   * Files its first author read in a copy whose release was not recorded, not yet read again at a
   * fixed ref (`owner/repo@ref:path`, docs/sources.md « Not yet located »): kept visible, never
   * counted as checked, moved to `files` with their lines once they are.
   */
  unlocated?: readonly string[];
}

/** The observations of the given types: what a detector that observes them is called with. */
export type ObservationOf<T extends ObservationType> = Extract<Observation, { type: T }>;

/**
 * A detector, typed by the observations it reads: one that observes `['request']` receives a
 * `RequestObservation`, so it needs no cast.
 */
export interface Detector<T extends ObservationType = ObservationType> {
  /** `<adapter>.<name>`, unique. */
  id: string;
  adapter: AdapterId;
  /** What it detects and from which request or markup (one or two sentences, in English). */
  description: string;
  /** Observation types it reads; the registry only calls it with those. */
  observes: readonly T[];
  source: SourceRef;
  detect(observation: ObservationOf<T>, context: DetectorContext): DerivedEvent[];
}

/** What an adapter looks at to decide whether a site is its own. */
export interface SiteSignals {
  url: string;
  markup?: MarkupFacts | undefined;
}

export interface Adapter {
  id: AdapterId;
  label: string;
  /** A generic adapter (any shop) runs only when no specific adapter recognised the observation. */
  generic: boolean;
  /** 0 (not this site) … 1 (certainly this site). */
  detectSite(site: SiteSignals): number;
}
