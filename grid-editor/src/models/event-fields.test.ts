import { describe, expect, it } from 'vitest';
import { fieldExists, fieldsOf } from './event-fields.ts';

describe('event fields', () => {
  it('finds the fields of an event kind in its payload and its envelope', () => {
    expect(fieldExists('content.published', 'data.seo.metaDescription')).toBe(true);
    expect(fieldExists('content.published', 'data.title')).toBe(true);
    expect(fieldExists('content.published', 'url')).toBe(true);
    expect(fieldExists('content.published', 'questionId')).toBe(true);
    expect(fieldExists('settings.changed', 'data.changes.blogdescription')).toBe(true);
    expect(fieldExists('form.submitted', 'data.fields[0].value')).toBe(true);
    expect(fieldExists('net.request', 'data.body.anything.below')).toBe(true);
    expect(fieldExists('task.noteSaved', 'data.text')).toBe(true);
  });

  it('refuses fields that never exist', () => {
    expect(fieldExists('content.published', 'data.seo.description')).toBe(false);
    expect(fieldExists('commerce.productSaved', 'data.title')).toBe(false);
    expect(fieldExists('form.submitted', 'data.fields.value')).toBe(false);
    expect(fieldExists('nav.visited', 'url.host')).toBe(false);
    expect(fieldExists('nope.kind', 'url')).toBe(false);
  });

  it('suggests the payload fields, then the envelope', () => {
    const fields = fieldsOf('task.noteSaved');
    expect(fields.slice(0, 3)).toEqual(['data.questionId', 'data.text', 'data.length']);
    expect(fields).toContain('url');
    expect(fieldsOf('content.published')).toContain('data.seo.metaDescription');
    expect(fieldsOf('form.submitted')).toContain('data.fields[0].value');
    for (const field of fieldsOf('content.published'))
      expect(fieldExists('content.published', field), field).toBe(true);
  });
});
