/**
 * What the main-world hook tells the isolated content script about one API response, and the
 * private channel they talk over.
 *
 * The channel is a DOM node that only the two scripts hold: an element they meet on at
 * `document_start` (before any page script runs) and that is removed from the document at
 * once. Events dispatched on a detached node reach only the
 * listeners on that node, so the page can neither read nor forge them — unlike
 * `window.postMessage`, which every `message` listener of the page sees.
 *
 * No extension API here: this module is bundled into the main-world script.
 */
import { jsonValue } from '../../../shared/schema/json-value.ts';

/** Event type dispatched on the channel node; `detail` is a JSON string (it crosses worlds). */
export const HOOK_EVENT = 'temoin-net-response';
/** Tag of the rendezvous element (both scripts run at document_start). */
export const CHANNEL_TAG = 'temoin-net-channel';
/** Most characters of a response body the hook reads; longer bodies are reported truncated. */
export const HOOK_MAX_CHARS = 256 * 1024;
/** Longest request body the hook carries (the background caps what it stores further). */
export const HOOK_REQUEST_MAX_CHARS = 64 * 1024;

export interface HookResponse {
  /** The method the page called (before any override header): POST, PUT, PATCH or DELETE. */
  method: string;
  /** Absolute URL without fragment, same origin as the page. */
  url: string;
  status: number;
  contentType: string;
  /** The body as text; absent when it was too long to read whole. */
  text?: string;
  truncated: boolean;
  /** The request body the page sent, when it was text (fetch/XHR); see page-hook.ts. */
  requestText?: string;
}

export const STATE_CHANGING_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a message from the page world (the isolated side trusts nothing): returns the
 * response, or null when anything is off.
 */
export const parseHookDetail = (detail: unknown): HookResponse | null => {
  if (typeof detail !== 'string' || detail.length > HOOK_MAX_CHARS + HOOK_REQUEST_MAX_CHARS + 16_384)
    return null;
  const value = jsonValue(detail);
  if (!isRecord(value)) return null;
  const { method, url, status, contentType, text, truncated, requestText } = value;
  if (typeof method !== 'string' || !STATE_CHANGING_METHODS.includes(method)) return null;
  if (typeof url !== 'string' || url.length > 4000 || !/^https?:\/\//.test(url)) return null;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) return null;
  if (typeof contentType !== 'string' || contentType.length > 200) return null;
  if (text !== undefined && (typeof text !== 'string' || text.length > HOOK_MAX_CHARS)) return null;
  if (typeof truncated !== 'boolean') return null;
  if (
    requestText !== undefined &&
    (typeof requestText !== 'string' || requestText.length > HOOK_REQUEST_MAX_CHARS)
  )
    return null;
  return {
    method,
    url,
    status,
    contentType,
    ...(text !== undefined ? { text } : {}),
    truncated,
    ...(requestText !== undefined ? { requestText } : {}),
  };
};

/**
 * Finds the channel element the other script left, or leaves one for it. Both scripts call
 * this at document_start, in either order; the second takes the element out of the document,
 * so page scripts never see it. Null for non-HTML documents (feeds, SVG): no hook there.
 */
export const rendezvous = (doc: Document): Element | null => {
  const root = doc.documentElement;
  if (!root || !/html/.test(doc.contentType ?? '')) return null;
  for (const child of Array.from(root.children)) {
    if (child.localName === CHANNEL_TAG) {
      child.remove();
      return child;
    }
  }
  const node = doc.createElement(CHANNEL_TAG);
  root.append(node);
  return node;
};
