/**
 * Centre settings, set once on the options page: the reference site's origin(s) and the extra
 * origins a subject allows. Validated on read and on write; a bad origin gets a clear message.
 */
import { z } from 'zod';
import { Origin } from '../../shared/schema/common.ts';

export const Settings = z
  .object({
    referenceOrigins: z.array(Origin).max(10).default([]),
    allowedOrigins: z.array(Origin).max(20).default([]),
    locale: z.enum(['fr', 'en']).default('fr'),
    /** CSS selectors of fields the centre wants never recorded (in addition to the built-in rules). */
    sensitiveSelectors: z.array(z.string().min(1).max(300)).max(50).default([]),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  referenceOrigins: [],
  allowedOrigins: [],
  locale: 'fr',
  sensitiveSelectors: [],
};

export type OriginCheck = { ok: true; origin: string } | { ok: false; fr: string; en: string };

/**
 * Normalises what an examiner types (« 127.0.0.1:8080 », « http://site.lan/ ») to an origin, or
 * explains why it is not one.
 */
export const checkOrigin = (typed: string): OriginCheck => {
  const text = typed.trim();
  if (!text) return { ok: false, fr: 'Adresse vide.', en: 'Empty address.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, fr: `« ${text} » n’est pas une adresse web.`, en: `"${text}" is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      fr: 'Seules les adresses http:// et https:// sont acceptées.',
      en: 'Only http:// and https:// addresses are accepted.',
    };
  if (url.username || url.password)
    return {
      ok: false,
      fr: 'L’adresse ne doit pas contenir d’identifiants.',
      en: 'The address must not contain credentials.',
    };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    return {
      ok: false,
      fr: `Indiquez seulement l’origine du site, sans chemin : ${url.origin}`,
      en: `Give only the site's origin, without a path: ${url.origin}`,
    };
  return { ok: true, origin: url.origin };
};

/** Match pattern covering one origin, for permissions and content-script registration. */
export const matchPatternOf = (origin: string): string => {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
};

export const isReferenceOrigin = (settings: Settings, origin: string): boolean =>
  settings.referenceOrigins.includes(origin);
