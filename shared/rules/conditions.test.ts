import { describe, expect, it } from 'vitest';
import type { Condition } from '../schema/rule.ts';
import { checkLabel } from './check-labels.ts';
import {
  compileCondition,
  escapePattern,
  evaluateCondition,
  isPresent,
  parseFieldPath,
  readField,
  substitute,
  toBoolean,
  toNumber,
} from './conditions.ts';
import { makeEvent, post } from './fixtures.ts';

const variables = new Map([
  ['keyword', 'chaise en palette'],
  ['voucher', 'ETE10'],
  ['percent', '10 %'],
  ['dotted', 'a.b'],
]);
const article = makeEvent(
  'content.published',
  post({
    title: 'La Chaise en Palette : le guide',
    slug: 'la-chaise-en-palette-guide',
    seo: { metaDescription: 'Découvrez nos chaises en palette, solides et éco-conçues.' },
    categories: ['Mobilier', 'Jardin'],
    images: { total: 2, missingAlt: 0 },
    wordCount: 180,
  }),
  { seq: 3 },
);
const holds = (condition: Condition, target: unknown = article) =>
  evaluateCondition(condition, target, variables);

describe('field paths', () => {
  it('parses dotted and indexed paths', () => {
    expect(parseFieldPath('data.seo.metaDescription')).toEqual(['data', 'seo', 'metaDescription']);
    expect(parseFieldPath('data.fields[0].value')).toEqual(['data', 'fields', 0, 'value']);
  });

  it('reads own properties only', () => {
    expect(readField(article, ['data', 'categories', 1])).toBe('Jardin');
    expect(readField(article, ['data', 'missing', 'deeper'])).toBeUndefined();
    expect(readField(article, ['data', 'title', 'constructor'])).toBeUndefined();
    expect(readField({ a: {} }, ['a', '__proto__'])).toBeUndefined();
    expect(readField({ a: {} }, ['a', 'toString'])).toBeUndefined();
  });
});

describe('values', () => {
  it('reads numbers written as text', () => {
    expect(toNumber('10')).toBe(10);
    expect(toNumber(' 19,90 ')).toBe(19.9);
    expect(toNumber('10 %')).toBe(10);
    expect(toNumber('5 €')).toBe(5);
    expect(toNumber('dix')).toBeUndefined();
    expect(toNumber(Number.NaN)).toBeUndefined();
  });

  it('reads booleans written by forms and option tables', () => {
    expect(toBoolean('1')).toBe(true);
    expect(toBoolean('on')).toBe(true);
    expect(toBoolean('0')).toBe(false);
    expect(toBoolean(1)).toBe(true);
    expect(toBoolean('peut-être')).toBeUndefined();
  });

  it('treats blank text and empty lists as absent', () => {
    expect(isPresent('  ')).toBe(false);
    expect(isPresent([])).toBe(false);
    expect(isPresent(null)).toBe(false);
    expect(isPresent(0)).toBe(true);
    expect(isPresent(false)).toBe(true);
  });

  it('substitutes variables and names the unknown ones', () => {
    expect(substitute('Mot-clé : {{ keyword }}', variables)).toEqual({
      text: 'Mot-clé : chaise en palette',
      unknown: [],
    });
    expect(substitute('{{nope}} et {{voucher}}', variables)).toEqual({
      text: '{{nope}} et ETE10',
      unknown: ['nope'],
    });
    expect(escapePattern('a.b(c)')).toBe('a\\.b\\(c\\)');
  });
});

describe('equals and differs', () => {
  it('compares text exactly unless tolerant', () => {
    expect(holds({ op: 'equals', field: 'data.status', value: 'publish' })).toBe(true);
    expect(holds({ op: 'equals', field: 'data.status', value: 'Publish' })).toBe(false);
    expect(
      holds({
        op: 'equals',
        field: 'data.title',
        value: 'la chaise en palette : le guide',
        tolerant: { case: true, accents: true, spacing: true, punctuation: false },
      }),
    ).toBe(true);
  });

  it('compares a variable with a numeric field', () => {
    const voucher = makeEvent('commerce.voucherCreated', { code: 'ETE10', reductionPercent: 10 }, { seq: 1 });
    expect(holds({ op: 'equals', field: 'data.reductionPercent', value: '{{percent}}' }, voucher)).toBe(true);
    expect(holds({ op: 'equals', field: 'data.reductionPercent', value: 10 }, voucher)).toBe(true);
    expect(holds({ op: 'equals', field: 'data.reductionPercent', value: 5 }, voucher)).toBe(false);
  });

  it('compares booleans loosely', () => {
    const settings = makeEvent(
      'settings.changed',
      { area: 'discussion', changes: { comment_moderation: '1', comments_notify: true } },
      { seq: 1 },
    );
    expect(holds({ op: 'equals', field: 'data.changes.comment_moderation', value: true }, settings)).toBe(
      true,
    );
    expect(holds({ op: 'equals', field: 'data.changes.comments_notify', value: 'oui' }, settings)).toBe(true);
    expect(holds({ op: 'equals', field: 'data.changes.comments_notify', value: 0 }, settings)).toBe(false);
  });

  it('looks for some element of a list', () => {
    expect(holds({ op: 'equals', field: 'data.categories', value: 'Jardin' })).toBe(true);
    expect(holds({ op: 'differs', field: 'data.categories', value: 'Jardin' })).toBe(false);
    expect(holds({ op: 'differs', field: 'data.categories', value: 'Cuisine' })).toBe(true);
  });

  it('never holds on a missing field', () => {
    expect(holds({ op: 'equals', field: 'data.excerpt', value: 'x' })).toBe(false);
    expect(holds({ op: 'differs', field: 'data.excerpt', value: 'x' })).toBe(false);
  });
});

describe('numbers', () => {
  it('compares and ranges', () => {
    expect(holds({ op: 'gte', field: 'data.wordCount', value: 150 })).toBe(true);
    expect(holds({ op: 'gt', field: 'data.wordCount', value: 180 })).toBe(false);
    expect(holds({ op: 'lt', field: 'data.images.missingAlt', value: 1 })).toBe(true);
    expect(holds({ op: 'lte', field: 'data.images.total', value: 1 })).toBe(false);
    expect(holds({ op: 'between', field: 'data.wordCount', min: 150, max: 180 })).toBe(true);
    expect(holds({ op: 'gte', field: 'data.title', value: 0 })).toBe(false);
  });
});

describe('exists', () => {
  it('tells present from absent', () => {
    expect(holds({ op: 'exists', field: 'data.seo.metaDescription', value: true })).toBe(true);
    expect(holds({ op: 'exists', field: 'data.excerpt', value: true })).toBe(false);
    expect(holds({ op: 'exists', field: 'data.excerpt', value: false })).toBe(true);
  });
});

describe('contains', () => {
  const tolerant = { case: true, accents: true, spacing: true, punctuation: false };
  it('finds the keyword whatever its case, accents and spacing', () => {
    expect(holds({ op: 'contains', field: 'data.title', value: '{{keyword}}', tolerant })).toBe(true);
    expect(holds({ op: 'contains', field: 'data.title', value: '{{keyword}}' })).toBe(false);
  });

  it('finds the keyword in a slug when punctuation is ignored', () => {
    const slug = { op: 'contains', field: 'data.slug', value: '{{keyword}}' } as const;
    expect(holds({ ...slug, tolerant })).toBe(false);
    expect(holds({ ...slug, tolerant: { ...tolerant, punctuation: true } })).toBe(true);
  });

  it('looks into lists', () => {
    expect(holds({ op: 'contains', field: 'data.categories', value: 'jard', tolerant })).toBe(true);
  });
});

describe('matches', () => {
  it('tests a safe pattern with flags', () => {
    expect(holds({ op: 'matches', field: 'data.slug', pattern: '^la-CHAISE-', flags: 'i' })).toBe(true);
    expect(holds({ op: 'matches', field: 'data.slug', pattern: '^table' })).toBe(false);
  });

  it('with negate, holds when nothing written matches (a wrong claim absent), fails when it does', () => {
    const wrong = {
      op: 'matches',
      field: 'data.text',
      pattern: 'riche en th[ée]ine',
      flags: 'i',
      negate: true,
    } as const;
    expect(evaluateCondition(wrong, { data: { text: 'Le rooibos, infusion sans théine.' } }, variables)).toBe(
      true,
    );
    expect(evaluateCondition(wrong, { data: { text: 'Le rooibos, RICHE EN THÉINE.' } }, variables)).toBe(
      false,
    );
    // Nothing written is nothing wrong: other conditions ask for the text itself.
    expect(evaluateCondition(wrong, { data: {} }, variables)).toBe(true);
  });

  it('reads the whole of a note (its end, not only its first 500 characters)', () => {
    const text = `${'Analyse des ventes du mois. '.repeat(150)}À ne pas mettre en avant : JDO-0030.`;
    expect(text.length).toBeGreaterThan(4_000);
    const pattern = { op: 'matches', field: 'data.text', pattern: 'ne pas mettre en avant' } as const;
    expect(evaluateCondition(pattern, { data: { text } }, variables)).toBe(true);
  });

  it('matches variables literally', () => {
    const target = { data: { code: 'aXb' } };
    expect(
      evaluateCondition({ op: 'matches', field: 'data.code', pattern: '{{dotted}}' }, target, variables),
    ).toBe(false);
    expect(
      evaluateCondition(
        { op: 'matches', field: 'data.code', pattern: '{{dotted}}' },
        { data: { code: 'a.b' } },
        variables,
      ),
    ).toBe(true);
  });

  it('refuses a pattern that could run away, with its path, and never compiles it', () => {
    const compiled = compileCondition({ op: 'matches', field: 'data.title', pattern: '(a+)+$' }, variables, [
      'where',
      0,
    ]);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) {
      expect(compiled.problems).toHaveLength(1);
      expect(compiled.problems[0]).toMatchObject({ path: 'where[0].pattern', code: 'unsafe-pattern' });
      expect(compiled.problems[0]!.fr).toContain('quantificateurs imbriqués');
    }
  });

  it('reports an unknown variable with its path', () => {
    const compiled = compileCondition(
      { op: 'contains', field: 'data.title', value: '{{produit}}' },
      variables,
      ['where', 2],
    );
    expect(compiled).toMatchObject({
      ok: false,
      problems: [{ path: 'where[2].value', code: 'unknown-variable', fr: 'variable inconnue "produit"' }],
    });
  });
});

describe('lengthBetween and wordsAtLeast', () => {
  it('counts characters of text and items of lists', () => {
    expect(holds({ op: 'lengthBetween', field: 'data.seo.metaDescription', min: 50, max: 60 })).toBe(true);
    expect(holds({ op: 'lengthBetween', field: 'data.seo.metaDescription', min: 120, max: 160 })).toBe(false);
    expect(holds({ op: 'lengthBetween', field: 'data.categories', min: 1, max: 3 })).toBe(true);
    expect(holds({ op: 'lengthBetween', field: 'data.excerpt', min: 0, max: 10 })).toBe(false);
  });

  it('counts words of text, or reads a count', () => {
    expect(holds({ op: 'wordsAtLeast', field: 'data.wordCount', value: 150 })).toBe(true);
    expect(holds({ op: 'wordsAtLeast', field: 'data.title', value: 6 })).toBe(true);
    expect(holds({ op: 'wordsAtLeast', field: 'data.title', value: 7 })).toBe(false);
  });
});

describe('a number in range in one of several fields', () => {
  it('holds when the main field or any of `orFields` is in range, and names them all', () => {
    const restricted: Condition = {
      op: 'between',
      field: 'data.quantity',
      orFields: ['data.quantityPerUser'],
      min: 1,
      max: 1000,
    };
    const voucher = (quantity?: number, quantityPerUser?: number) => ({
      data: { quantity, quantityPerUser },
    });
    expect(evaluateCondition(restricted, voucher(30, 9999), new Map())).toBe(true);
    expect(evaluateCondition(restricted, voucher(9999, 1), new Map())).toBe(true);
    expect(evaluateCondition(restricted, voucher(9999, 9999), new Map())).toBe(false);
    expect(evaluateCondition(restricted, voucher(), new Map())).toBe(false);
    expect(checkLabel(restricted)).toBe('quantité ou quantité par client entre 1 et 1000');
  });
});

describe('contains, if anything is written', () => {
  it('holds on an empty or missing field, and checks a filled one', () => {
    const focus: Condition = {
      op: 'contains',
      field: 'data.seo.focusKeyword',
      value: 'rooibos',
      ifAny: true,
      tolerant: { case: true, accents: true, spacing: true, punctuation: false },
    };
    const seo = (focusKeyword?: string) => ({ data: { seo: { focusKeyword } } });
    expect(evaluateCondition(focus, seo(), new Map())).toBe(true);
    expect(evaluateCondition(focus, seo('  '), new Map())).toBe(true);
    expect(evaluateCondition(focus, seo('Rooibos'), new Map())).toBe(true);
    expect(evaluateCondition(focus, seo('infusion sans théine'), new Map())).toBe(false);
  });
});

describe('contains in one of several fields', () => {
  it('holds when the main field or any of `orFields` contains the value, and names them all', () => {
    const inTitleOrMeta: Condition = {
      op: 'contains',
      field: 'data.seo.title',
      orFields: ['data.seo.metaDescription'],
      value: 'rooibos',
      tolerant: { case: true, accents: true, spacing: true, punctuation: false },
    };
    const seo = (title?: string, metaDescription?: string) => ({ data: { seo: { title, metaDescription } } });
    expect(
      evaluateCondition(inTitleOrMeta, seo('Rooibos sans théine', 'Une infusion douce.'), new Map()),
    ).toBe(true);
    expect(
      evaluateCondition(inTitleOrMeta, seo('Infusion sans théine', 'Le ROOIBOS, doux.'), new Map()),
    ).toBe(true);
    expect(
      evaluateCondition(inTitleOrMeta, seo('Infusion sans théine', 'Une infusion douce.'), new Map()),
    ).toBe(false);
    expect(evaluateCondition(inTitleOrMeta, seo(), new Map())).toBe(false);
    expect(checkLabel(inTitleOrMeta)).toBe('titre SEO ou méta description contient « rooibos »');
  });
});
