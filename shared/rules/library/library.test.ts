import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_KINDS, EVENT_PAYLOADS, eventEnvelope } from '../../schema/event.ts';
import { parse } from '../../schema/index.ts';
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { evaluate } from '../evaluate.ts';
import { makeSubject } from '../fixtures.ts';
import { CASE_VARIABLES, CASES, type LibraryCase } from './cases.ts';
import { LIBRARY, LIBRARY_IDS, type LibraryEntry, type LibraryId, libraryRule } from './index.ts';

/** The case runs in the question its parameters name (a note rule reads that question's wording). */
const runCase = (rule: EvidenceRuleInput, events: LibraryCase['match'], questionId?: unknown) =>
  evaluate(
    makeSubject(
      [
        {
          ...(typeof questionId === 'string' ? { id: questionId } : {}),
          criteria: rule.criteria,
          rules: [rule],
        },
      ],
      { variables: CASE_VARIABLES },
    ),
    events,
  ).questions[0]!;

describe.each(LIBRARY_IDS)('library rule %s', (id) => {
  const testCase = CASES[id] as LibraryCase;
  const entry = LIBRARY[id] as LibraryEntry;
  const rule = entry.build(testCase.params);

  it('holds on a matching session', () => {
    const question = runCase(
      rule,
      testCase.match,
      (testCase.params as { questionId?: unknown } | undefined)?.questionId,
    );
    expect(question.rules[0]).toMatchObject({ ruleId: id, satisfied: true, problems: [] });
    expect(question.explanation).toMatch(/→ TS$/);
  });

  it('does not hold on a non-matching session', () => {
    const question = runCase(
      rule,
      testCase.miss.events,
      (testCase.params as { questionId?: unknown } | undefined)?.questionId,
    );
    expect(question.rules[0]).toMatchObject({ ruleId: id, satisfied: false, problems: [] });
    // Graded evidence: a near miss counts in part (never in full), a miss not at all.
    expect(question.rules[0]!.degree).toBeLessThan(1);
    expect(question.level).not.toBe('TS');
    expect(question.explanation).toMatch(/^Rien d’acquis ; (manque|en partie) : .+ → (TI|I|S)$/);
    if (question.rules[0]!.degree === 0) expect(question.explanation).toMatch(/ → TI$/);
  });
});

describe('library: building rules', () => {
  it('names the template and takes the common options', () => {
    const rule = libraryRule('article.keywordInTitle', {
      id: 'q1-titre',
      weight: 2,
      criteria: ['C2', 'C1'],
      after: 'q1-publie',
      window: { toMinute: 30 },
    });
    expect(rule).toMatchObject({
      id: 'q1-titre',
      template: 'article.keywordInTitle',
      weight: 2,
      criteria: ['C2', 'C1'],
      after: 'q1-publie',
      window: { toMinute: 30 },
      evidence: 'state',
    });
  });

  it('writes titles an examiner reads in an explanation', () => {
    expect(libraryRule('voucher.created', { percent: '{{percent}}' }).title).toBe(
      'Code promo {{voucher}} créé (−{{percent}} %)',
    );
    expect(libraryRule('article.metaDescriptionLength', { min: 100, max: 155 }).title).toBe(
      'Méta-description de 100 à 155 caractères',
    );
    expect(libraryRule('comment.moderated', { action: 'spam' }).title).toBe(
      'Commentaire signalé comme indésirable',
    );
    const [question] = evaluate(
      makeSubject([{ criteria: ['C6'], rules: [libraryRule('voucher.created', { percent: 5 })] }], {
        variables: CASE_VARIABLES,
      }),
      CASES['voucher.created'].match,
    ).questions;
    expect(question!.explanation).toBe('Code promo OLEANE5 créé (−5 %) → TS');
  });

  it('uses a literal instead of a variable when given one', () => {
    const rule = libraryRule('article.keywordInSlug', { keyword: 'rooibos' });
    expect(rule.where).toContainEqual(expect.objectContaining({ field: 'data.slug', value: 'rooibos' }));
  });
});

/** The zod schema of a field of an event of `kind`, or undefined when the path does not exist. */
const fieldSchema = (kind: string, path: string): z.core.$ZodType | undefined => {
  // The event's own kind, beside the envelope: read by rules with `orKinds` (another route).
  if (path === 'kind') return EVENT_KINDS.includes(kind as never) ? z.string() : undefined;
  const [head, ...rest] = path.split('.');
  let schema: z.core.$ZodType | undefined =
    head === 'data'
      ? EVENT_PAYLOADS[kind as keyof typeof EVENT_PAYLOADS]
      : (eventEnvelope as Record<string, z.core.$ZodType>)[head!];
  if (head !== 'data' && rest.length > 0) return undefined;
  for (const segment of head === 'data' ? rest : []) {
    while (schema && ['optional', 'nullable', 'default'].includes(schema._zod.def.type))
      schema = (schema._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
    if (!schema) return undefined;
    const def = schema._zod.def as unknown as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      valueType?: z.core.$ZodType;
    };
    if (def.type === 'object') schema = def.shape?.[segment];
    else if (def.type === 'record') schema = def.valueType;
    else return undefined;
  }
  return schema;
};

describe('library: meta-test — every entry is documented, valid and tested', () => {
  it('lists unique ids, each with its test cases', () => {
    expect(new Set(LIBRARY_IDS).size).toBe(LIBRARY_IDS.length);
    expect(Object.keys(CASES).sort()).toEqual([...LIBRARY_IDS].sort());
    for (const id of LIBRARY_IDS) {
      const testCase = CASES[id] as LibraryCase;
      expect(testCase.match.length, id).toBeGreaterThan(0);
      expect(testCase.miss.events.length, id).toBeGreaterThan(0);
      expect(testCase.miss.why.length, id).toBeGreaterThan(3);
    }
    // @ts-expect-error: ids are a closed list, checked by the compiler too.
    const unknown: LibraryId = 'article.nope';
    expect(LIBRARY_IDS).not.toContain(unknown);
  });

  it.each(LIBRARY_IDS)('%s is documented in French with the events and fields it reads', (id) => {
    const entry = LIBRARY[id] as LibraryEntry;
    expect(entry.id).toBe(id);
    expect(entry.title).toMatch(/^\p{Lu}.{5,}$/u);
    expect(entry.description.length).toBeGreaterThan(40);
    expect(entry.description).toMatch(/\b(le|la|les|un|une|des|du|de|et|est)\b/i);
    expect(entry.cms.length).toBeGreaterThan(0);
    expect(EVENT_KINDS).toContain(entry.kind);
    expect(entry.reads.length).toBeGreaterThan(0);
    for (const parameter of entry.parameters)
      expect(parameter.description.length, parameter.name).toBeGreaterThan(5);
  });

  it.each(LIBRARY_IDS)('%s builds a valid rule that reads only documented, existing fields', (id) => {
    const entry = LIBRARY[id] as LibraryEntry;
    const rule = entry.build(CASES[id].params);
    const parsed = parse('rule', rule);
    expect(parsed.ok && parsed.value.template).toBe(id);
    expect(rule.kind).toBe(entry.kind);
    for (const condition of rule.where ?? []) {
      expect(entry.reads, `${id} reads ${condition.field}`).toContain(condition.field);
      expect(fieldSchema(entry.kind, condition.field), `${condition.field} in ${entry.kind}`).toBeDefined();
    }
    for (const field of entry.reads) expect(fieldSchema(entry.kind, field), field).toBeDefined();
  });

  it('finds a missing field in an event payload', () => {
    expect(fieldSchema('content.published', 'data.seo.metaDescription')).toBeDefined();
    expect(fieldSchema('settings.changed', 'data.changes.anything')).toBeDefined();
    expect(fieldSchema('content.published', 'data.seo.description')).toBeUndefined();
    expect(fieldSchema('commerce.productSaved', 'data.title')).toBeUndefined();
    expect(fieldSchema('nav.visited', 'url')).toBeDefined();
  });
});
