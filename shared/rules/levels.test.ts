import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, levelFor, tally } from './levels.ts';
import type { RuleResult } from './types.ts';

const rule = (ruleId: string, title: string, fields: Partial<RuleResult> = {}): RuleResult => ({
  ruleId,
  title,
  criteria: ['C1'],
  evidence: 'process',
  weight: 1,
  atLeast: 1,
  seen: 1,
  count: 0,
  satisfied: false,
  firstSatisfiedSeq: null,
  events: [],
  problems: [],
  checks: [],
  ...fields,
  degree: fields.degree ?? (fields.satisfied ? 1 : 0),
});
const done = (ruleId: string, title: string, fields: Partial<RuleResult> = {}) =>
  rule(ruleId, title, { satisfied: true, count: 1, firstSatisfiedSeq: 3, ...fields });

describe('levelFor', () => {
  it('applies the default thresholds: TS ≥ 0.85, S ≥ 0.6, I ≥ 0.25', () => {
    expect([0, 0.24, 0.25, 0.59, 0.6, 0.84, 0.85, 1].map((r) => levelFor(r, DEFAULT_THRESHOLDS))).toEqual([
      'TI',
      'TI',
      'I',
      'I',
      'S',
      'S',
      'TS',
      'TS',
    ]);
  });

  it('reaches a threshold despite rounding of weight sums', () => {
    expect(levelFor(0.1 + 0.2, { I: 0.3, S: 0.5, TS: 0.9 })).toBe('I');
  });
});

describe('tally and explanation', () => {
  it('reads in five seconds', () => {
    const result = tally(
      [
        done('a', 'Article publié'),
        done('b', 'Mot-clé dans le titre', { events: [{ id: 'e2', seq: 2, elapsedMs: 0 }] }),
        done('c', 'Mot-clé dans le slug', { events: [{ id: 'e1', seq: 1, elapsedMs: 0 }] }),
        rule('d', 'Méta-description de 120 à 160 caractères'),
      ],
      DEFAULT_THRESHOLDS,
    );
    expect(result).toMatchObject({ ratio: 0.75, level: 'S', eventIds: ['e1', 'e2'] });
    expect(result.explanation).toBe(
      'Article publié, mot-clé dans le titre, mot-clé dans le slug ; manque : méta-description de 120 à 160 caractères → S',
    );
  });

  it('keeps acronyms, shows progress and what no longer holds', () => {
    const result = tally(
      [
        done('a', 'SEO du produit renseigné', { weight: 2 }),
        rule('b', 'Réponses aux commentaires', { atLeast: 3, count: 2 }),
        rule('c', 'Mot-clé dans le titre', { evidence: 'state', firstSatisfiedSeq: 4 }),
      ],
      DEFAULT_THRESHOLDS,
    );
    expect(result.explanation).toBe(
      'SEO du produit renseigné ; manque : réponses aux commentaires (2/3), mot-clé dans le titre (plus vrai à la fin) → I',
    );
  });

  it('does not call a guard that weighs nothing missing work (the advert left in spam)', () => {
    const result = tally(
      [
        done('a', 'Réponse à Julien'),
        rule('b', 'Message publicitaire laissé hors du blog', { weight: 0, seen: 0 }),
      ],
      DEFAULT_THRESHOLDS,
    );
    expect(result.level).toBe('TS');
    expect(result.explanation).toBe('Réponse à Julien → TS');
  });

  it('weighs rules', () => {
    const result = tally([done('a', 'A', { weight: 3 }), rule('b', 'B', { weight: 1 })], DEFAULT_THRESHOLDS);
    expect(result).toMatchObject({ weightSatisfied: 3, weightTotal: 4, level: 'S' });
  });

  it('leaves the level to the examiner when no rule has weight', () => {
    expect(tally([done('a', 'A', { weight: 0 })], DEFAULT_THRESHOLDS)).toMatchObject({
      level: null,
      ratio: null,
      explanation: 'Règles sans poids : niveau à fixer par l’examinateur',
    });
  });

  it('falls back to the empty level when nothing was seen', () => {
    expect(tally([rule('a', 'A', { seen: 0 })], DEFAULT_THRESHOLDS, 'I')).toMatchObject({
      hasEvidence: false,
      level: 'I',
      explanation: 'Aucune action observée → I',
    });
  });
});
