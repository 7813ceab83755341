import { describe, expect, it } from 'vitest';
import { compileCondition, evaluateCondition } from './conditions.ts';
import {
  amountsIn,
  copiedShare,
  datesIn,
  keywordUse,
  mentioned,
  ngramsOf,
  numbersBefore,
  readsReduction,
  repetition,
  sameDay,
  structureOf,
  wordsOf,
} from './quality.ts';

const ANNEX =
  'Chaque année, l’arrivée des premières récoltes de printemps est un moment très attendu dans notre boutique de la vieille ville d’Annecy. Cette saison, nous accueillons six thés verts bio.';

describe('quality: copy vs reformulation', () => {
  const grams = ngramsOf(wordsOf(ANNEX), 6);
  it('reads a pasted annex as copied, the candidate’s own words as not', () => {
    expect(copiedShare(ANNEX, grams, 6)).toBe(1);
    expect(
      copiedShare(
        'Au printemps, six thés verts bio rejoignent notre boutique d’Annecy : venez les goûter.',
        grams,
        6,
      ),
    ).toBe(0);
    // Half pasted, half written: about half.
    const half = `${ANNEX} Nous vous proposons de les découvrir lors d’un atelier gratuit organisé samedi prochain avec nos producteurs invités.`;
    expect(copiedShare(half, grams, 6)).toBeGreaterThan(0.4);
    expect(copiedShare(half, grams, 6)).toBeLessThan(0.8);
  });
  it('a reformulated condition refuses a copy and names an unknown annex', () => {
    const annexes = new Map([['a1', ANNEX]]);
    const condition = {
      op: 'reformulated',
      field: 'data.text',
      annex: 'a1',
      ngram: 6,
      maxCopied: 0.5,
    } as const;
    expect(evaluateCondition(condition, { data: { text: ANNEX } })).toBe(false); // no annex given: problem
    const test = (text: string) => evaluateConditionWith(condition, { data: { text } }, annexes);
    expect(test(ANNEX)).toBe(false);
    expect(test('Six thés verts bio de printemps arrivent dans notre boutique, venez les découvrir.')).toBe(
      true,
    );
  });
});

const evaluateConditionWith = (
  condition: Parameters<typeof compileCondition>[0],
  target: unknown,
  annexes: Map<string, string>,
) => {
  const compiled = compileCondition(condition, new Map(), [], annexes);
  return compiled.ok && compiled.test(target);
};

describe('quality: filler, stuffing, mentions, structure, dates, plausibility', () => {
  it('finds repeated sentences and poor vocabulary', () => {
    const filler =
      'Le thé vert bio est bon. Le thé vert bio est bon. Le thé vert bio est bon. Achetez du thé.';
    expect(repetition(filler).repeated).toBeCloseTo(0.5, 5);
    expect(repetition(ANNEX).repeated).toBe(0);
    expect(repetition(ANNEX).variety).toBeGreaterThan(0.7);
    expect(
      evaluateCondition(
        { op: 'notRepetitive', field: 'text', maxRepeated: 0.2, minVariety: 0.3 },
        { text: filler },
      ),
    ).toBe(false);
    expect(
      evaluateCondition(
        { op: 'notRepetitive', field: 'text', maxRepeated: 0.2, minVariety: 0.3 },
        { text: ANNEX },
      ),
    ).toBe(true);
  });
  it('counts a keyword’s repeats and density, tolerantly', () => {
    expect(
      keywordUse('Thé vert bio, thé vert BIO et the vert bio : le thé vert bio.', 'thé vert bio').repeats,
    ).toBe(4);
    const stuffed = {
      op: 'notStuffed',
      field: 'alt',
      value: 'thé vert bio',
      maxRepeats: 2,
      maxDensity: 0.5,
    } as const;
    expect(evaluateCondition(stuffed, { alt: 'thé vert bio thé vert bio thé vert bio' })).toBe(false);
    expect(evaluateCondition(stuffed, { alt: 'Tasse de thé vert bio fumante sur une table en bois' })).toBe(
      true,
    );
    // An empty field is not « without stuffing »: no credit for what was not written.
    expect(evaluateCondition(stuffed, { alt: '' })).toBe(false);
    expect(evaluateCondition(stuffed, { alt: ' <p></p> ' })).toBe(false);
  });
  it('finds mentions whatever the case, accents and spacing of numbers', () => {
    expect(
      mentioned('Profitez de -5% avec le code oleane5 jusqu’au 30 Avril !', ['OLEANE5', '5 %', '30 avril']),
    ).toEqual([true, true, true]);
    expect(mentioned('Venez nombreux', ['OLEANE5'])).toEqual([false]);
  });
  it('counts a mention given as equivalent wordings when any one of them is written', () => {
    const points = compileCondition(
      {
        op: 'mentions',
        field: 'text',
        values: [['conserv*', 'durée', 'supprim*'], 'confidentialité', ['RGPD', 'données personnelles']],
      },
      new Map(),
      [],
    );
    if (!points.ok) throw new Error('compiles');
    const full = {
      text: 'Lien vers la politique de confidentialité ; adresses supprimées après trois ans (RGPD).',
    };
    const twoOfThree = { text: 'Les adresses sont conservées trois ans, selon le RGPD.' };
    expect(points.test(full)).toBe(true);
    expect(points.share?.(twoOfThree)).toBeCloseTo(2 / 3);
    expect(points.share?.({ text: 'Rien à signaler.' })).toBe(0);
    // Thousands separators are dropped, but a reference keeps its digits before a figure.
    expect(mentioned('1 240 visites', ['1240'])).toEqual([true]);
    expect(mentioned('JDO-0022 2,50 % ; JDO-0151 3,95 %', ['JDO-0022', 'JDO-0151'])).toEqual([true, true]);
    // Without `*` a wording is whole words: « conserv » is not « conservées ».
    expect(mentioned('Adresses conservées', ['conserv', 'conserv*'])).toEqual([false, true]);
  });
  it('counts intertitles, lists and links in HTML, markdown or block lists', () => {
    expect(
      structureOf('## Repères\n\nTexte\n\n- Sencha : 75 °C\n- Gyokuro : 60 °C\n\n[Atelier](/atelier)'),
    ).toEqual({
      headings: 1,
      lists: 1,
      links: 1,
    });
    expect(structureOf('<h2>A</h2><p>x</p><ul><li>y</li></ul><a href="/z">z</a>')).toEqual({
      headings: 1,
      lists: 1,
      links: 1,
    });
    // Level-3 intertitles and a numbered list are structure too (eighth labelled set).
    expect(
      structureOf(
        '### Repères\n\n1. Sencha : 75 °C\n2. Gyokuro : 60 °C\n\n### Atelier\n\nLe 12 avril, 1 place.',
      ),
    ).toEqual({ headings: 2, lists: 1, links: 0 });
    // A date or an amount opening a line is no list.
    expect(structureOf('Texte.\n\n12 avril : atelier.\n\n2025. Une année.')).toMatchObject({ lists: 0 });
    expect(structureOf(['core/heading', 'core/list', 'core/paragraph'])).toMatchObject({
      headings: 1,
      lists: 1,
    });
  });
  it('reads dates written in several ways', () => {
    expect(datesIn('jusqu’au 30 avril 2025')).toContain('2025-04-30');
    expect(sameDay('2025-04-30', '30/04/2025')).toBe(true);
    expect(sameDay('valable jusqu’au 30 avril', '2025-04-30')).toBe(true);
    expect(sameDay('2025-05-31', '30/04/2025')).toBe(false);
  });
  it('checks figures against the subject’s facts', () => {
    expect(numbersBefore('entre 70 et 80 °C, voire 70-80°C', '°C')).toEqual([80, 70, 80]);
    const plausible = { op: 'numbersWithin', field: 'text', unit: '°C', min: 60, max: 85 } as const;
    expect(evaluateCondition(plausible, { text: 'une eau à 75 °C' })).toBe(true);
    expect(evaluateCondition(plausible, { text: 'une eau bouillante à 100 °C' })).toBe(false);
    expect(evaluateCondition(plausible, { text: 'une eau chaude' })).toBe(false);
  });
});

describe('quality: amounts that read the cart, dates already in force', () => {
  const noted = (text: string) =>
    evaluateCondition({ op: 'reducedBy', field: 'text', percent: 5 }, { text }, new Map());

  it('reads a 5 % reduction in totals before and after, with or without shipping', () => {
    expect(noted('Avant 9,90 €, après 9,41 €.')).toBe(true);
    expect(noted('Avant : sous-total 9,90 €, total 14,80 € (livraison 4,90 €). Après : total 14,30 €.')).toBe(
      true,
    );
    expect(noted('Sous-total 9,90 € ; réduction 0,50 €.')).toBe(true);
  });

  it('refuses totals that do not match the offer (« 9,90 € puis 9,50 € »), or none', () => {
    expect(noted('Code testé : avant 9,90 €, après 9,50 €. Ça marche.')).toBe(false);
    expect(noted('Code testé, ça marche.')).toBe(false);
  });

  it('reads a reduction applied to the product under totals with shipping, and not totals swapped', () => {
    const noted = (text: string) =>
      evaluateCondition(
        { op: 'reducedBy', field: 'data.text', percent: 5, of: [9.9] },
        { data: { text } },
        new Map(),
      );
    expect(noted('Total avant réduction : 14,80 €. Total après réduction : 14,30 €.')).toBe(true);
    expect(noted('Total avant réduction : 14,30 €. Total après réduction : 14,80 €.')).toBe(false);
    expect(noted('Total avant réduction : 14,80 €. Total après réduction : 14,40 €.')).toBe(false);
  });

  it('accepts what the cart showed when it differs from the offer: a refusal, another rate quoted, euros', () => {
    expect(noted('Code refusé : le code n’existe pas. Avant 14,80 €, après 14,80 €.')).toBe(true);
    expect(noted('Réduction de -10 % : avant 17,80 €, après 16,02 €.')).toBe(true);
    expect(noted('Réduction -5,00 € : total 9,50 €.')).toBe(true);
  });

  it('tells a French text typed without its accents from one written with them', () => {
    const accented = (text: string) =>
      evaluateCondition(
        { op: 'accented', field: 'data.text', minShare: 0.06 },
        { data: { text } },
        new Map(),
      );
    const written =
      'Le printemps est là et les premières récoltes aussi ! Dans notre boutique de la vieille ville d’Annecy, six thés verts bio sont arrivés, choisis chez de petits producteurs du Japon et de Chine que l’on connaît depuis longtemps et qui cultivent sans pesticides.';
    const typed = written.normalize('NFD').replace(/\p{M}/gu, '');
    expect(accented(written)).toBe(true);
    expect(accented(typed)).toBe(false);
    // Too short to judge, or nothing written: nothing held against the candidate.
    expect(accented('Le the vert bio arrive a Annecy.')).toBe(true);
    expect(
      evaluateCondition({ op: 'accented', field: 'data.text', minShare: 0.06 }, { data: {} }, new Map()),
    ).toBe(true);
  });

  it("tells a text whose dates or rates are the subject's facts from one with a wrong fact", () => {
    const among = (text: string | undefined, unit: string, values: number[]) =>
      evaluateCondition(
        { op: 'numbersAmong', field: 'data.text', unit, values, tolerance: 0.05 },
        { data: text === undefined ? {} : { text } },
        new Map(),
      );
    expect(among('Rendez-vous le samedi 12 avril à 15 h, offre jusqu’au 30 avril.', 'avril', [12, 30])).toBe(
      true,
    );
    expect(among('Rendez-vous le samedi 19 avril à 15 h.', 'avril', [12, 30])).toBe(false);
    expect(among('Gyokuro : 2,5 % ; Matcha : 1,67 %.', '%', [2.5, 1.67, 5])).toBe(true);
    expect(among('Gyokuro : 25 % ; Matcha : 1,67 %.', '%', [2.5, 1.67, 5])).toBe(false);
    // Nothing of that unit written, or no text: nothing held against the candidate.
    expect(among('Atelier au printemps.', 'avril', [12])).toBe(true);
    expect(among(undefined, 'avril', [12])).toBe(true);
  });

  it('reads a table of figures as a list, whether HTML or rows of cells', () => {
    const lists = (text: string) =>
      evaluateCondition(
        { op: 'structured', field: 'data.text', headings: 0, lists: 1, links: 0 },
        { data: { text } },
        new Map(),
      );
    expect(lists('Thé | Eau | Infusion\nSencha | 75 °C | 2 min\nGyokuro | 60 °C | 2 min')).toBe(true);
    expect(lists('<table><tr><td>Sencha</td><td>75 °C</td></tr></table>')).toBe(true);
    // One line with pipes is no table.
    expect(lists('Sencha | 75 °C | 2 min, puis on déguste.')).toBe(false);
  });

  it('tells an article written in sentences from telegraphic notes published as one', () => {
    const prose = (text: string | undefined) =>
      evaluateCondition(
        { op: 'prose', field: 'data.text', minShare: 0.15 },
        { data: text === undefined ? {} : { text } },
        new Map(),
      );
    const sentences =
      'Le printemps est là et les premières récoltes aussi ! Dans notre boutique de la vieille ville d’Annecy, six thés verts bio sont arrivés, choisis chez de petits producteurs du Japon et de Chine que l’on connaît depuis longtemps et qui cultivent sans pesticides.';
    const notes =
      'Nouveautés printemps : 6 thés verts bio 1re récolte. Japon : Sencha, Gyokuro, Genmaicha. Chine : Long Jing, Bi Luo Chun, Mao Feng. Infusion 70-80 °C, 2-3 min. Atelier samedi 12 avril 10 h boutique. Code OLEANE5 -5 % gamme jusqu’au 30 avril. Places limitées 12 pers.';
    expect(prose(sentences)).toBe(true);
    expect(prose(notes)).toBe(false);
    // Too short to judge, or nothing written: nothing held against the candidate.
    expect(prose('Sencha, Gyokuro, Genmaicha : 70-80 °C.')).toBe(true);
    expect(prose(undefined)).toBe(true);
  });

  it('tells a voucher already expired the day it was created (a year typed wrong) from one still running', () => {
    const created = Date.UTC(2026, 11, 7, 11, 58);
    const ends = (validTo: string | undefined) =>
      evaluateCondition(
        { op: 'notBeforeEventDay', field: 'data.validTo', graceDays: 1 },
        { time: created, data: { validTo } },
        new Map(),
      );
    expect(ends('2025-05-31')).toBe(false);
    expect(ends('2026-12-05')).toBe(false);
    expect(ends('2026-12-06')).toBe(true);
    expect(ends('2027-05-31')).toBe(true);
    expect(ends('31/05/2027')).toBe(true);
    // No year written, or no date: nothing to hold against the candidate.
    expect(ends('31 mai')).toBe(true);
    expect(ends(undefined)).toBe(true);
  });

  it('tells a voucher that starts next year from one in force the day it was created', () => {
    const created = Date.UTC(2026, 11, 7, 11, 58);
    const starts = (validFrom: string | undefined) =>
      evaluateCondition(
        { op: 'notAfterEventDay', field: 'data.validFrom', graceDays: 1 },
        { time: created, data: { validFrom } },
        new Map(),
      );
    expect(starts('2027-12-07')).toBe(false);
    expect(starts('2025-01-01')).toBe(true);
    expect(starts('2026-12-08')).toBe(true);
    expect(starts('07/12/2026')).toBe(true);
    // No year written, or no date: nothing to hold against the candidate.
    expect(starts('8 décembre')).toBe(true);
    expect(starts(undefined)).toBe(true);
  });
});

describe('quality: hostile texts (a candidate may write 100,000 characters of markup)', () => {
  // Before the patterns were made linear, each of these took 2 to 15 s (measured), past the
  // test's 5 s timeout, and froze the examiner's review on every evaluation.
  it('reads runs of « < », « ![ », « [ » and « <a » without rescanning the text', () => {
    for (const text of [
      '<'.repeat(100_000),
      '!['.repeat(50_000),
      '['.repeat(100_000),
      '<a '.repeat(33_000),
    ]) {
      expect(wordsOf(text).length).toBeLessThanOrEqual(33_000);
      expect(structureOf(text)).toMatchObject({ headings: 0, lists: 0 });
      expect(repetition(text).repeated).toBe(0);
    }
  });

  it('reads figures in the first 5,000 characters only, and a run of 100,000 digits as one', () => {
    expect(numbersBefore('1'.repeat(100_000), '°C')).toEqual([]);
    expect(numbersBefore(`${'x'.repeat(6_000)} 90 °C`, '°C')).toEqual([]);
    expect(numbersBefore('Eau à 70-80 °C', '°C')).toEqual([70, 80]);
    expect(amountsIn('111 '.repeat(25_000))).toEqual([]);
    expect(readsReduction(`${'111 '.repeat(25_000)}avant 9,90 €, après 9,41 €`, 5)).toBe(false);
  });
});
