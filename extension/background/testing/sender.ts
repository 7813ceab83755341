/** Test support: the sender main.ts would see for a message (content script or extension page). */
import type { Sender } from '../service-context.ts';

const FROM_CONTENT_SCRIPTS = /^(capture|task|overlay)\./;

export const senderFor = (message: unknown, url: string): Sender => {
  const type = (message as { type?: unknown } | null)?.type;
  return {
    url,
    role: typeof type === 'string' && FROM_CONTENT_SCRIPTS.test(type) ? 'content-script' : 'extension-page',
  };
};
