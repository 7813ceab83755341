/** Building the events detectors share, within the schema's limits. */
import type { DerivedEvent } from '../types.ts';
import { clip } from './fields.ts';

/**
 * `settings.changed` for an area: undefined (and, unless `keepEmpty`, empty-text) values left
 * out, texts clipped; no event when nothing is left.
 */
export const settingsChanged = (
  area: string,
  changes: Record<string, unknown>,
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): DerivedEvent[] => {
  const kept = Object.fromEntries(
    Object.entries(changes)
      .filter(([, value]) => value !== undefined && (keepEmpty || value !== ''))
      .map(([key, value]) => [clip(key, 200), typeof value === 'string' ? clip(value, 5000) : value]),
  );
  return Object.keys(kept).length
    ? [{ kind: 'settings.changed', data: { area: clip(area, 500), changes: kept } }]
    : [];
};
