/**
 * Building blocks shared by every Témoin document.
 * Every document carries `format: "temoin.<kind>/<major>"`; readers refuse other majors.
 */
import { z } from 'zod';

/** Standalone documents (files, stored records). Rules and events are parts of documents. */
export const DOCUMENT_KINDS = [
  'grid',
  'catalogue',
  'subject',
  'session',
  'bundle',
  'assessment',
  'subject-package',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const formatOf = <K extends DocumentKind>(kind: K) => `temoin.${kind}/1` as const;
export const formatField = <K extends DocumentKind>(kind: K) => z.literal(formatOf(kind));

/** Identifiers used inside documents: readable, stable, safe in paths and CSS selectors. */
export const Id = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: 'id' });

export const CriterionId = z.string().regex(/^C[1-9][0-9]?$/, { error: 'criterion-id' });

export const Level = z.enum(['TI', 'I', 'S', 'TS']);
export type Level = z.infer<typeof Level>;
export const LEVELS: readonly Level[] = Level.options;

export const Cms = z.enum(['wordpress', 'prestashop', 'other']);
export type Cms = z.infer<typeof Cms>;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256' });

/** An ISO 8601 date-time with an offset or Z (what `new Date().toISOString()` gives). */
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();

/** A short text for the interface: always shown as text, never as HTML. */
export const Text = (max = 2000) => z.string().max(max);
export const Label = z.string().trim().min(1).max(300);

/** A web origin: scheme, host and optional port, nothing else. */
export const Origin = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
    } catch {
      return false;
    }
  },
  { error: 'origin' },
);
