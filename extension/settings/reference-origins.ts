/**
 * The reference origins alone, without zod: the content script runs on every page of the site,
 * so it reads these fields with a minimal guard and stays small.
 */
import { browser } from 'wxt/browser';

const KEY = 'settings';

export const loadReferenceOrigins = async (): Promise<string[]> => {
  const stored = (await browser.storage.local.get(KEY))[KEY] as { referenceOrigins?: unknown } | undefined;
  const origins = stored?.referenceOrigins;
  return Array.isArray(origins)
    ? origins.filter((origin): origin is string => typeof origin === 'string')
    : [];
};

export const loadLocale = async (): Promise<'fr' | 'en'> => {
  const stored = (await browser.storage.local.get(KEY))[KEY] as { locale?: unknown } | undefined;
  return stored?.locale === 'en' ? 'en' : 'fr';
};
