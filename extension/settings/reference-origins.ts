/**
 * The reference origins alone, without zod: the content script runs on every page of the site,
 * so it reads these fields with a minimal guard and stays small.
 */
import { browser } from 'wxt/browser';

const KEY = 'settings';

/** The reference origins of stored settings (`storage.local[SETTINGS_KEY]`). */
export const referenceOriginsOf = (settings: unknown): string[] => {
  const origins = (settings as { referenceOrigins?: unknown } | undefined)?.referenceOrigins;
  return Array.isArray(origins)
    ? origins.filter((origin): origin is string => typeof origin === 'string')
    : [];
};

export const loadReferenceOrigins = async (): Promise<string[]> =>
  referenceOriginsOf((await browser.storage.local.get(KEY))[KEY]);

/** The settings' key in `storage.local`, for a caller that reads it with other keys at once. */
export const SETTINGS_KEY = KEY;

/** The interface language of stored settings (`storage.local[SETTINGS_KEY]`). */
export const localeOf = (settings: unknown): 'fr' | 'en' =>
  (settings as { locale?: unknown } | undefined)?.locale === 'en' ? 'en' : 'fr';

export const loadLocale = async (): Promise<'fr' | 'en'> =>
  localeOf((await browser.storage.local.get(KEY))[KEY]);
