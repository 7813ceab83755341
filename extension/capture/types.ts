/** Types shared by the capture's emit point, observers and entry point. */
import type { z } from 'zod';
import type { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import type { CaptureContext, ProposedEvent } from '../messaging/protocol.ts';
import type { Guard } from './guard.ts';

/** The kinds a content script proposes; the background owns the others. */
export type CapturedKind =
  | 'nav.visited'
  | 'ui.clicked'
  | 'ui.changed'
  | 'form.submitted'
  | 'page.seo'
  | 'integrity.warning';

export type PayloadOf<K extends CapturedKind> = z.input<(typeof EVENT_PAYLOADS)[K]>;
export type FieldValue = PayloadOf<'ui.changed'>;
export type SeoSnapshot = PayloadOf<'page.seo'>;
export type WarningCode = PayloadOf<'integrity.warning'>['code'];

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
