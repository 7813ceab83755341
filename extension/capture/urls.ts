/**
 * URLs as the capture records them: query parameters that carry a secret (a password or card
 * number sent by a GET form, a nonce or token in a back-office link) keep their name but lose
 * their value.
 */
import { isSensitiveField, looksSecret } from '../../shared/privacy/sensitive.ts';

export const MASKED_PARAM = '***';
const MAX_URL = 4000;

const redactNow = (url: string, base?: string): string => {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return url.slice(0, MAX_URL);
  }
  if (!parsed.search) return parsed.href.slice(0, MAX_URL);
  let changed = false;
  const params = new URLSearchParams(parsed.search);
  for (const [name, value] of params) {
    if (value && value !== MASKED_PARAM && (isSensitiveField({ name }) || looksSecret(value))) {
      params.set(name, MASKED_PARAM);
      changed = true;
    }
  }
  if (changed) parsed.search = params.toString();
  return parsed.href.slice(0, MAX_URL);
};

let lastIn = '';
let lastOut = '';

/** Absolute URL with secret-bearing query values replaced; the last result is remembered. */
export const redactUrl = (url: string, base?: string): string => {
  if (base === undefined && url === lastIn) return lastOut;
  const out = redactNow(url, base);
  if (base === undefined) {
    lastIn = url;
    lastOut = out;
  }
  return out;
};
