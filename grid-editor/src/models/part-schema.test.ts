import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSchema, partSchema, propertySuggestions } from './part-schema.ts';

const published = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));

describe('the JSON Schema of the part shown', () => {
  it('is the published schema of the document (npm run schemas)', () => {
    for (const kind of ['subject', 'subject-package', 'grid', 'catalogue'] as const) {
      const { $schema: _, $id: __, title: ___, description: ____, ...file } = published(kind);
      expect(documentSchema(kind)).toEqual(file);
    }
  });

  it('walks to a question’s rule, whose fields are completed, required ones first', () => {
    const root = documentSchema('subject-package');
    const rule = partSchema(root, ['subject', 'questions', 0, 'rules', 0]);
    expect(Object.keys(rule.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'kind', 'criteria', 'weight']),
    );
    const names = propertySuggestions(root, ['subject', 'questions', 0, 'rules', 0], ['id']).map(
      (s) => s.name,
    );
    expect(names).not.toContain('id');
    expect(names).toEqual(expect.arrayContaining(['title', 'kind', 'criteria', 'weight', 'where']));
    const suggestions = propertySuggestions(root, ['subject', 'questions', 0, 'rules', 0]);
    const firstOptional = suggestions.findIndex((s) => !s.required);
    expect(suggestions.slice(firstOptional).every((s) => !s.required)).toBe(true);
    expect(suggestions.find((s) => s.name === 'weight')?.type).toMatch(/number|integer/);
  });

  it('offers the document’s format with its value', () => {
    const format = propertySuggestions(documentSchema('subject'), []).find((s) => s.name === 'format');
    expect(format).toMatchObject({ required: true, constant: 'temoin.subject/1' });
  });

  it('offers a condition’s fields through the union of its variants', () => {
    const names = propertySuggestions(documentSchema('subject'), [
      'questions',
      0,
      'rules',
      0,
      'where',
      0,
    ]).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['field', 'op', 'value']));
  });
});
