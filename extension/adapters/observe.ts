/**
 * From capture events to observations: what the background passes to `deriveEvents`. A
 * `net.request` becomes a request observation, a `page.seo` (with the page's markup facts, if
 * the content script sent them) a page observation, a `form.submitted` a form observation.
 */
import type { z } from 'zod';
import type { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import type { MarkupFacts } from './markup.ts';
import type { Observation } from './types.ts';

type Data<K extends keyof typeof EVENT_PAYLOADS> = z.input<(typeof EVENT_PAYLOADS)[K]>;

/** The part of a capture event an observation needs. */
export type ObservedEvent =
  | { kind: 'net.request'; url: string; time: number; data: Data<'net.request'> }
  | { kind: 'page.seo'; url: string; time: number; data: Data<'page.seo'> }
  | { kind: 'nav.visited'; url: string; time: number; data: Data<'nav.visited'> }
  | { kind: 'form.submitted'; url: string; time: number; data: Data<'form.submitted'> }
  | { kind: 'ui.clicked'; url: string; time: number; data: Data<'ui.clicked'> };

export const observationOf = (event: ObservedEvent, markup?: MarkupFacts): Observation | undefined => {
  switch (event.kind) {
    case 'net.request':
      return {
        type: 'request',
        method: event.data.method,
        path: event.data.path,
        query: event.data.query ?? {},
        body: event.data.body,
        response: event.data.response,
        status: event.data.status,
        url: event.url,
        time: event.time,
      };
    case 'page.seo':
      return {
        type: 'page',
        url: event.url,
        time: event.time,
        title: event.data.title,
        seo: event.data,
        // The content script sends the page's markup facts inside the snapshot itself.
        markup: markup ?? event.data.markup,
      };
    case 'nav.visited':
      return { type: 'page', url: event.url, time: event.time, title: event.data.title, markup };
    case 'ui.clicked':
      // Only followed links matter to adapters (GET actions); other clicks are not observations.
      return event.data.href
        ? { type: 'link', url: event.url, time: event.time, href: event.data.href }
        : undefined;
    case 'form.submitted':
      return {
        type: 'form',
        url: event.url,
        time: event.time,
        action: event.data.action,
        method: event.data.method,
        fields: event.data.fields,
      };
  }
};
