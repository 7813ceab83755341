import { describe, expect, it } from 'vitest';
import { createTranslator, toDate } from './translator.ts';

const messages = createTranslator({
  fr: {
    events: { one: '{count} événement', other: '{count} événements' },
    mark: 'Note : {mark}/20',
    variable: 'Nom (s’écrit {{nom}} dans les règles) de {who}',
    day: 'Le {day}',
  },
  en: {
    events: { one: '{count} event', other: '{count} events' },
    mark: 'Mark: {mark}/20',
    variable: 'Name (written {{name}} in rules) of {who}',
    day: 'On {day}',
  },
});

describe('createTranslator', () => {
  it('chooses plural forms with Intl.PluralRules: French singular for 0 and 1', () => {
    const fr = messages('fr');
    const en = messages('en');
    expect([0, 1, 2].map((count) => fr.t('events', { count }))).toEqual([
      '0 événement',
      '1 événement',
      '2 événements',
    ]);
    expect([0, 1, 2].map((count) => en.t('events', { count }))).toEqual(['0 events', '1 event', '2 events']);
  });

  it('formats numbers for the locale (decimal comma in French, grouping)', () => {
    expect(messages('fr').t('mark', { mark: 11.5 })).toBe('Note : 11,5/20');
    expect(messages('en').t('mark', { mark: 11.5 })).toBe('Mark: 11.5/20');
    expect(messages('fr').number(20000)).toMatch(/^20\s000$/u);
  });

  it('shows dates as JJ/MM/AAAA, never ISO, whatever the time zone', () => {
    expect(messages('fr').date('2026-06-03')).toBe('03/06/2026');
    expect(messages('fr').t('day', { day: '2026-06-03' })).toBe('Le 2026-06-03');
    expect(messages('fr').t('day', { day: toDate('2026-06-03') })).not.toContain('2026-06');
    expect(messages('en').date('2026-12-31')).toBe('31/12/2026');
  });

  it('leaves {{variables}} and missing parameters visible', () => {
    expect(messages('fr').t('variable', { who: 'Q1', nom: 'x' })).toBe(
      'Nom (s’écrit {{nom}} dans les règles) de Q1',
    );
    expect(messages('en').t('mark')).toBe('Mark: {mark}/20');
  });

  it('knows its keys and lists in the language', () => {
    expect(messages('fr').has('mark')).toBe(true);
    expect(messages('fr').has('nope')).toBe(false);
    expect(messages('fr').list(['TI', 'I', 'S'])).toBe('TI, I et S');
    expect(messages('en').list(['TI', 'I', 'S'])).toBe('TI, I and S');
  });
});
