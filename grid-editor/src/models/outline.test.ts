/**
 * The explorer's tree: each part at its JSON path, labelled from the document, leaves without
 * children; half-written drafts give empty labels, not errors.
 */
import { describe, expect, it } from 'vitest';
import { catalogueOutline, gridOutline, packageOutline, subjectOutline } from './outline.ts';

describe('outline', () => {
  it('lists a grid’s criteria under their sub-competence, id as label and label as detail', () => {
    const grid = {
      id: 'e5',
      title: 'E5',
      competences: [
        { label: 'C1', subCompetences: [{ label: 'C1.1', criteria: [{ id: 'C1', label: 'Qualité' }] }] },
      ],
    };
    const criterion = gridOutline(grid).children[0]!.children[0]!.children[0];
    expect(criterion).toEqual({
      type: 'criterion',
      path: 'competences[0].subCompetences[0].criteria[0]',
      label: 'C1',
      detail: 'Qualité',
      children: [],
    });
  });

  it('lists a subject’s rules, annexes and variables with their paths and details', () => {
    const subject = {
      title: 'Sujet',
      questions: [
        {
          number: 1,
          title: 'Publier',
          criteria: ['C1'],
          rules: [{ title: 'Publié', kind: 'content.published' }],
        },
      ],
      annexes: [{ title: 'Charte', type: 'text' }],
      variables: [{ name: 'keyword', value: 'thé vert' }, {}],
    };
    const [questions, annexes, variables] = subjectOutline(subject).children;
    expect(questions!.children[0]).toMatchObject({ type: 'question', label: '1. Publier', detail: 'C1' });
    expect(questions!.children[0]!.children).toEqual([
      {
        type: 'rule',
        path: 'questions[0].rules[0]',
        label: 'Publié',
        detail: 'content.published',
        children: [],
      },
    ]);
    expect(annexes!.children).toEqual([
      { type: 'annex', path: 'annexes[0]', label: 'Charte', detail: 'text', children: [] },
    ]);
    expect(variables!.children).toEqual([
      { type: 'variable', path: 'variables[0]', label: 'keyword', detail: 'thé vert', children: [] },
      { type: 'variable', path: 'variables[1]', label: '', detail: '', children: [] },
    ]);
  });

  it('prefixes paths inside a package and lists catalogue entries', () => {
    const pkg = {
      subject: { title: 'S', variables: [{ name: 'v', value: '1' }] },
      catalogue: { entries: [{ id: 'wp.publish', label: 'Publier' }] },
      grid: {},
    };
    const [, catalogue, subject] = packageOutline(pkg).children;
    expect(catalogue!.children).toEqual([
      { type: 'entry', path: 'catalogue.entries[0]', label: 'Publier', detail: 'wp.publish', children: [] },
    ]);
    expect(subject!.children[2]!.children[0]!.path).toBe('subject.variables[0]');
    expect(catalogueOutline({ entries: 'not a list' }).children).toEqual([]);
  });
});
