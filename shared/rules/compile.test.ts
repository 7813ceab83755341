import { describe, expect, it } from 'vitest';
import { parse } from '../schema/index.ts';
import { checkRule } from '../schema/references.ts';
import { EvidenceRule } from '../schema/rule.ts';
import { compileRule, compileSubject, inWindow, readRule } from './compile.ts';
import { makeEvent, makeSubject, post } from './fixtures.ts';

const base = {
  id: 'r',
  title: 'Mot-clé {{keyword}} dans le titre',
  criteria: ['C2'],
  kind: 'content.published',
};
const variables = new Map([['keyword', 'chaise en palette']]);

describe('a malformed rule is refused with its path', () => {
  it('by the schema', () => {
    const result = parse('rule', {
      ...base,
      where: [
        { op: 'contains', field: 'data..title', value: 3 },
        { op: 'nope', field: 'data.title' },
      ],
      atLeast: 0,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.path, p.code])).toEqual([
        ['where[0].field', 'field-path'],
        ['where[0].value', 'invalid_type'],
        ['where[1].op', 'invalid_discriminator'],
        ['atLeast', 'too_small'],
      ]);
  });

  it('by the cross checks: unknown kind, runaway pattern', () => {
    const result = parse('rule', {
      ...base,
      kind: 'content.publishd',
      where: [{ op: 'matches', field: 'data.title', pattern: '(a+)+$' }],
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { path: 'kind', code: 'unknown-event-kind' },
        {
          path: 'where[0].pattern',
          code: 'unsafe-pattern',
          fr: 'expression régulière refusée : quantificateurs imbriqués',
        },
      ],
    });
  });

  it('by checkRule in a subject, with the full path', () => {
    const rule = EvidenceRule.parse({
      ...base,
      where: [{ op: 'contains', field: 'data.title', value: '{{produit}}' }],
    });
    expect(checkRule(rule, ['questions', 1, 'rules', 0], { variables: new Set(['keyword']) })).toMatchObject([
      { path: 'questions[1].rules[0].where[0].value', code: 'unknown-variable' },
    ]);
  });

  it('by readRule, with the subject’s variables and rules', () => {
    expect(readRule({ ...base, after: 'autre' }, { variables, ruleIds: new Set(['r']) })).toMatchObject({
      ok: false,
      problems: [{ path: 'after', code: 'unknown-rule' }],
    });
    expect(readRule({ ...base, title: '' })).toMatchObject({ ok: false, problems: [{ path: 'title' }] });
    const ok = readRule(
      { ...base, where: [{ op: 'contains', field: 'data.title', value: '{{keyword}}' }] },
      { variables },
    );
    expect(ok.ok && ok.rule.title).toBe('Mot-clé chaise en palette dans le titre');
  });
});

describe('compileRule', () => {
  it('joins all conditions', () => {
    const rule = compileRule(
      EvidenceRule.parse({
        ...base,
        where: [
          { op: 'contains', field: 'data.title', value: '{{keyword}}', tolerant: {} },
          { op: 'exists', field: 'data.slug' },
        ],
      }),
      { variables },
    );
    expect(rule.problems).toEqual([]);
    expect(rule.test(makeEvent('content.published', post({ title: 'Chaise en palette' }), { seq: 1 }))).toBe(
      true,
    );
    expect(rule.test(makeEvent('content.published', post({ title: 'Table' }), { seq: 1 }))).toBe(false);
    expect(
      rule.test(makeEvent('content.published', post({ title: 'Chaise en palette', slug: '' }), { seq: 1 })),
    ).toBe(false);
  });

  it('reports a problem once even when two checks see it', () => {
    const rule = compileRule(
      EvidenceRule.parse({
        ...base,
        where: [{ op: 'matches', field: 'data.title', pattern: '(a|b)*c{{keyword}}' }],
      }),
      { variables: new Map(), path: ['questions', 0, 'rules', 3] },
    );
    expect(rule.problems.map((p) => [p.path, p.code])).toEqual([
      ['questions[0].rules[3].where[0].pattern', 'unknown-variable'],
      ['questions[0].rules[3].where[0].pattern', 'unsafe-pattern'],
    ]);
    expect(rule.test({})).toBe(false);
  });

  it('refuses a pattern that a variable makes too long', () => {
    const long = new Map([['keyword', 'x'.repeat(199)]]);
    const rule = compileRule(
      EvidenceRule.parse({
        ...base,
        where: [{ op: 'matches', field: 'data.title', pattern: '^{{keyword}}$' }],
      }),
      { variables: long },
    );
    expect(rule.problems).toMatchObject([{ path: 'where[0].pattern', code: 'unsafe-pattern' }]);
  });

  it('reads the window in minutes, end excluded, and refuses an inverted one', () => {
    const rule = compileRule(EvidenceRule.parse({ ...base, window: { fromMinute: 5, toMinute: 10 } }));
    expect([
      inWindow(rule, 299_999),
      inWindow(rule, 300_000),
      inWindow(rule, 599_999),
      inWindow(rule, 600_000),
    ]).toEqual([false, true, true, false]);
    const inverted = compileRule(EvidenceRule.parse({ ...base, window: { fromMinute: 10, toMinute: 5 } }));
    expect(inverted.problems).toMatchObject([{ path: 'window.toMinute', code: 'window-order' }]);
  });

  it('looks at the whole content family for a state rule', () => {
    expect(compileRule(EvidenceRule.parse({ ...base, evidence: 'state' })).kinds).toEqual([
      'content.published',
      'content.updated',
      'content.unpublished',
    ]);
    expect(compileRule(EvidenceRule.parse(base)).kinds).toEqual(['content.published']);
  });
});

describe('compileSubject', () => {
  const rule = (id: string, after?: string) => ({ ...base, id, ...(after ? { after } : {}) });

  it('orders rules after the rules they name', () => {
    const compiled = compileSubject(
      makeSubject([{ rules: [rule('c', 'b'), rule('b', 'a')] }, { rules: [rule('a')] }], {
        variables: { keyword: 'x' },
      }),
    );
    expect(compiled.order.map((r) => r.rule.id)).toEqual(['a', 'b', 'c']);
    expect(compiled.rules.map((r) => r.after?.rule.id ?? null)).toEqual(['b', 'a', null]);
    expect(compiled.problems).toEqual([]);
  });

  it('refuses a duplicate id and a self-reference', () => {
    const compiled = compileSubject(
      makeSubject([{ rules: [rule('a'), rule('a'), rule('s', 's')] }], { variables: { keyword: 'x' } }),
    );
    expect(compiled.problems.map((p) => [p.path, p.code])).toEqual([
      ['questions[0].rules[1].id', 'duplicate-id'],
      ['questions[0].rules[2].after', 'after-cycle'],
    ]);
  });

  it('takes thresholds from the question, the subject, or the default', () => {
    const compiled = compileSubject(
      makeSubject([{ rules: [], thresholds: { I: 0.1, S: 0.2, TS: 0.3 } }, { rules: [] }], {
        thresholds: { I: 0.3, S: 0.5, TS: 0.9 },
      }),
    );
    expect(compiled.questions.map((q) => [q.thresholdsFrom, q.thresholds.TS])).toEqual([
      ['question', 0.3],
      ['subject', 0.9],
    ]);
    expect(compileSubject(makeSubject([{ rules: [] }])).questions[0]!.thresholds).toEqual({
      I: 0.25,
      S: 0.6,
      TS: 0.85,
    });
  });
});
