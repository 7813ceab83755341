/** Types shared by the capture's emit point, observers and entry point. */
import type { z } from 'zod';
import type { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import type { CaptureContext, ContentScriptKind, ProposedEvent } from '../messaging/protocol.ts';
import type { Guard } from './guard.ts';

/**
 * The kinds a content script proposes (`CONTENT_SCRIPT_KINDS`); the background owns the others
 * and refuses them from a content script. `capture.warning` is the capture's own problem, which
 * the background records as an `integrity.warning`.
 */
export type CapturedKind = ContentScriptKind;
export type WarningCode = 'untrusted-event' | 'storage-error';

type Payloads = { [K in Exclude<CapturedKind, 'capture.warning'>]: z.input<(typeof EVENT_PAYLOADS)[K]> } & {
  'capture.warning': { code: WarningCode; detail: string };
};
export type PayloadOf<K extends CapturedKind> = Payloads[K];
export type FieldValue = PayloadOf<'ui.changed'>;
export type SeoSnapshot = PayloadOf<'page.seo'>;

/** The single emit point: stamps id, time, URL and trust, then queues for the background. */
export type Emit = <K extends CapturedKind>(kind: K, data: PayloadOf<K>, trusted: boolean) => void;

export type Teardown = () => void;

/** What every observer receives; the signal aborts on teardown (listeners pass it along). */
export interface ObserverParams {
  emit: Emit;
  guard: Guard;
  signal: AbortSignal;
  win: Window;
  context: CaptureContext;
  /** Sends what is queued now (a submit or navigation may unload the page next). */
  flushNow: () => void;
  /**
   * Whether an event counts as the candidate's: `isTrusted`, and not caused by a script's
   * synthetic click (a submit or change that `button.click()` triggers is itself trusted).
   */
  trusted: (event: Event) => boolean;
}

export type { CaptureContext, ProposedEvent };
