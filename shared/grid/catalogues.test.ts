import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../schema/event.ts';
import { criteriaOf } from '../schema/grid.ts';
import { parse } from '../schema/index.ts';
import {
  CATALOGUES,
  catalogueFor,
  DEFAULT_GRID,
  PRESTASHOP_CATALOGUE,
  WORDPRESS_CATALOGUE,
} from './index.ts';

const KNOWN_KINDS = new Set<string>(EVENT_KINDS);
const CRITERIA = new Set(criteriaOf(DEFAULT_GRID));

describe.each([
  { catalogue: WORDPRESS_CATALOGUE, id: 'wordpress-2025', cms: 'wordpress', prefix: 'wp.' },
  { catalogue: PRESTASHOP_CATALOGUE, id: 'prestashop-2025', cms: 'prestashop', prefix: 'ps.' },
])('catalogue $id', ({ catalogue, id, cms, prefix }) => {
  it('parses as a catalogue document', () => {
    const result = parse('catalogue', catalogue);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(catalogue.id).toBe(id);
    expect(catalogue.cms).toBe(cms);
  });

  it('has at least 18 entries with unique ids named after the CMS', () => {
    const ids = catalogue.entries.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThanOrEqual(18);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entryId of ids) expect(entryId.startsWith(prefix), entryId).toBe(true);
  });

  it('names only capture-event kinds that exist', () => {
    const unknown = catalogue.entries.flatMap((entry) =>
      entry.evidenceKinds.filter((kind) => !KNOWN_KINDS.has(kind)).map((kind) => `${entry.id}: ${kind}`),
    );
    expect(unknown).toEqual([]);
  });

  it('hints only criteria of the national grid, and every entry hints at least one', () => {
    for (const entry of catalogue.entries) {
      expect(entry.criteria.length, entry.id).toBeGreaterThan(0);
      for (const criterion of entry.criteria) expect(CRITERIA.has(criterion), criterion).toBe(true);
    }
  });

  it('gives every entry a French label and a description', () => {
    for (const entry of catalogue.entries) {
      expect(entry.label.trim(), entry.id).toBe(entry.label);
      expect(entry.description?.length ?? 0, entry.id).toBeGreaterThan(10);
    }
  });
});

describe('catalogueFor', () => {
  it('finds the catalogue of each CMS, and none for other sites', () => {
    expect(catalogueFor('wordpress')).toBe(WORDPRESS_CATALOGUE);
    expect(catalogueFor('prestashop')).toBe(PRESTASHOP_CATALOGUE);
    expect(catalogueFor('other')).toBeUndefined();
    expect(CATALOGUES).toHaveLength(2);
  });
});
