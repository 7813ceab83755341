import { describe, expect, it } from 'vitest';
import { createDocument } from './document.ts';
import { formContext } from './form-context.ts';
import { newSubjectPackage } from './templates.ts';
import { catalogue, grid, subject } from './test-documents.ts';

describe('form context', () => {
  it('offers a package’s own criteria, entries, variables and rule ids', () => {
    const context = formContext(createDocument('p.json', 'subject-package', newSubjectPackage('wordpress')));
    expect(context.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(context.entries.map((e) => e.id)).toContain('wp.post.publish');
    expect(context.variables).toEqual(['keyword']);
    expect(context.ruleIds).toEqual(['q1-published', 'q1-keywordInTitle']);
    expect(context.subjectBase).toBe('subject');
  });

  it('offers a subject the open grid and catalogue it names', () => {
    const doc = createDocument('s.json', 'subject', { ...subject, catalogueId: catalogue.id });
    const smallGrid = { ...grid, competences: [grid.competences[0]] };
    const context = formContext(doc, [
      createDocument('g.json', 'grid', smallGrid),
      createDocument('c.json', 'catalogue', catalogue),
    ]);
    expect(context.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(context.entries.map((e) => e.id)).toEqual(['wp.post.publish']);
    expect(context.annexes).toEqual([{ id: 'annexe-1', label: 'Texte de l’article' }]);
  });
});
