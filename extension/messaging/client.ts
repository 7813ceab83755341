/** Sends a typed request to the background and returns its typed response. */
import { browser } from 'wxt/browser';
import type { Request, Responses } from './protocol.ts';

export const ask = async <R extends Request>(request: R): Promise<Responses[R['type']]> => {
  const response = (await browser.runtime.sendMessage(request)) as Responses[R['type']] | undefined;
  if (response === undefined)
    return {
      ok: false,
      fr: 'Le service de Témoin ne répond pas.',
      en: 'Témoin’s service does not answer.',
    } as Responses[R['type']];
  return response;
};

/** Storage key the background bumps whenever a session changes, so every page can refresh. */
export const SESSION_SIGNAL_KEY = 'sessionSignal';
