import { describe, expect, it } from 'vitest';
import { getAt } from './json-path.ts';
import { flatten, type OutlineNode } from './outline.ts';
import { catalogue, grid, json, makeBundle, subject, subjectWithUnknownCriterion } from './test-documents.ts';
import { Workspace } from './workspace.ts';

const labels = (node: OutlineNode): string[] => node.children.map((child) => child.label);

describe('Workspace.open', () => {
  it('opens a valid grid with no problems and its competences → criteria tree', () => {
    const workspace = new Workspace();
    const outcome = workspace.open('grille.json', json(grid));

    expect(outcome.ok).toBe(true);
    expect(workspace.problems).toEqual([]);
    expect(workspace.report).toBeUndefined();
    expect(workspace.active?.name).toBe('grille.json');
    expect(workspace.active?.kind).toBe('grid');
    const tree = workspace.outline(workspace.active!);
    expect(tree).toMatchObject({ type: 'document', kind: 'grid', label: grid.title });
    expect(labels(tree)).toEqual(grid.competences.map((c) => c.label));
    const criteria = flatten(tree).filter((node) => node.type === 'criterion');
    expect(criteria.map((k) => k.label)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(criteria[0]).toMatchObject({ path: 'competences[0].subCompetences[0].criteria[0]' });
  });

  it('opens a valid subject with questions → rules, annexes and variables', () => {
    const workspace = new Workspace();
    expect(workspace.open('sujet.json', json(subject)).ok).toBe(true);
    const tree = workspace.outline(workspace.active!);
    expect(tree.children.map((node) => node.group)).toEqual(['questions', 'annexes', 'variables']);
    const [questions, annexes, variables] = tree.children;
    expect(labels(questions!)).toEqual(['1. Publier l’article']);
    expect(questions!.children[0]!.children[0]).toMatchObject({
      type: 'rule',
      label: 'Article publié',
      path: 'questions[0].rules[0]',
    });
    expect(labels(annexes!)).toEqual(['Texte de l’article']);
    expect(labels(variables!)).toEqual(['keyword']);
  });

  it('shows a package as its grid, catalogue and subject, with paths into the package', () => {
    const workspace = new Workspace();
    const pkg = {
      format: 'temoin.subject-package/1',
      grid,
      catalogue,
      subject: { ...subject, catalogueId: catalogue.id },
      hash: { algorithm: 'sha256-jcs', value: '0'.repeat(64) },
    };
    expect(workspace.open('sujet.temoin-subject.json', json(pkg)).ok).toBe(true);
    const tree = workspace.outline(workspace.active!);
    expect(tree.children.map((node) => [node.kind, node.path])).toEqual([
      ['grid', 'grid'],
      ['catalogue', 'catalogue'],
      ['subject', 'subject'],
    ]);
    expect(tree.children[2]!.children[0]!.children[0]!.path).toBe('subject.questions[0]');
  });

  it('refuses a subject with an unknown criterion, with its path, in French and English, and opens nothing', () => {
    const workspace = new Workspace();
    const outcome = workspace.open('sujet.json', json(subjectWithUnknownCriterion));

    expect(outcome.ok).toBe(false);
    expect(workspace.problems).toEqual([
      {
        path: 'questions[0].criteria[0]',
        code: 'unknown-criterion',
        fr: 'critère inconnu "C9"',
        en: 'unknown criterion "C9"',
      },
    ]);
    expect(workspace.report?.file).toBe('sujet.json');
    expect(workspace.documents).toEqual([]);
    expect(workspace.active).toBeUndefined();
  });

  it('reports a file that is not JSON as a json-syntax problem on the document', () => {
    const workspace = new Workspace();
    expect(workspace.open('notes.json', 'not { json').ok).toBe(false);
    expect(workspace.problems).toHaveLength(1);
    expect(workspace.problems[0]).toMatchObject({ path: '', code: 'json-syntax' });
    expect(workspace.problems[0]!.fr).toMatch(/^JSON illisible : /);
  });

  it('opens a file saved with a byte-order mark', () => {
    const workspace = new Workspace();
    expect(workspace.open('grille.json', `\uFEFF${json(grid)}`).ok).toBe(true);
  });

  it('reports a JSON file of no known kind', () => {
    const workspace = new Workspace();
    workspace.open('autre.json', json({ format: 'autre/1' }));
    expect(workspace.problems).toEqual([
      { path: 'format', code: 'unknown-kind', fr: 'type de document inconnu', en: 'unknown document type' },
    ]);
    workspace.open('liste.json', '[1, 2]');
    expect(workspace.problems.map((p) => p.code)).toEqual(['not-an-object']);
  });

  it('keeps the open document (and its draft) when a malformed file of the same name is opened', () => {
    const workspace = new Workspace();
    workspace.open('sujet.json', json(subject));
    workspace.edit('sujet.json', 'title', 'Titre en cours');
    const before = workspace.active;

    expect(workspace.open('sujet.json', json(subjectWithUnknownCriterion)).ok).toBe(false);
    expect(workspace.open('sujet.json', '{"format": "temoin.subject/1"').ok).toBe(false);

    expect(workspace.documents).toHaveLength(1);
    expect(workspace.active).toBe(before);
    expect(workspace.active!.value).toMatchObject({
      title: 'Titre en cours',
      questions: [{ criteria: ['C1', 'C2'] }],
    });
    expect(workspace.report?.file).toBe('sujet.json');
    expect(workspace.problems.map((p) => p.code)).toEqual(['json-syntax']);
  });

  it('replaces a document reopened under the same name as one step that undo takes back', () => {
    const workspace = new Workspace();
    workspace.open('sujet.json', json(subject));
    workspace.open('sujet.json', json({ ...subject, title: 'Version 2' }));
    expect(workspace.documents).toHaveLength(1);
    expect(workspace.active!.value).toMatchObject({ title: 'Version 2' });
    workspace.undo();
    expect(workspace.active!.value).toMatchObject({ title: subject.title });
  });

  it('clears the problems when a valid file opens after a rejected one', () => {
    const workspace = new Workspace();
    workspace.open('cassé.json', '{');
    expect(workspace.problems).toHaveLength(1);
    workspace.open('grille.json', json(grid));
    expect(workspace.problems).toEqual([]);
  });

  it('checks a subject against the open grid it names', () => {
    const workspace = new Workspace();
    const smallGrid = { ...grid, competences: [grid.competences[0]] };
    workspace.open('petite-grille.json', json(smallGrid));
    const outcome = workspace.open(
      'sujet.json',
      json({ ...subject, questions: [{ ...subject.questions[0], criteria: ['C6'], rules: [] }] }),
    );
    expect(outcome.ok).toBe(false);
    expect(workspace.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'questions[0].criteria[0] unknown-criterion',
    ]);
  });

  it('records a file the browser could not read', () => {
    const workspace = new Workspace();
    workspace.fail('photo.json', 'NotReadableError');
    expect(workspace.problems).toEqual([
      {
        path: '',
        code: 'read-error',
        fr: 'fichier illisible : NotReadableError',
        en: 'unreadable file: NotReadableError',
      },
    ]);
  });
});

describe('Workspace editing', () => {
  const opened = () => {
    const workspace = new Workspace();
    workspace.open('sujet.json', json(subject));
    return workspace;
  };

  it('lists live problems as the draft changes, and clears them when fixed', () => {
    const workspace = opened();
    const at = 'questions[0].rules[0].where[0].value';
    workspace.edit('sujet.json', at, '{{motcle}}');
    expect(workspace.problemsOf('sujet.json')).toContainEqual(
      expect.objectContaining({ path: at, code: 'unknown-variable' }),
    );
    expect(workspace.counts.errors).toBe(1);
    workspace.edit('sujet.json', at, '{{keyword}}');
    expect(workspace.problemsOf('sujet.json').filter((p) => p.severity !== 'info')).toEqual([]);
    expect(workspace.fileProblems.flatMap((f) => f.problems).every((p) => p.severity === 'info')).toBe(true);
  });

  it('undoes and redoes, showing the part that changed', () => {
    const workspace = opened();
    workspace.edit('sujet.json', 'questions[0].rules[0].weight', 3);
    workspace.select('sujet.json', 'variables[0]');
    expect(workspace.undo()).toBe(true);
    expect(workspace.active!.selection).toBe('questions[0].rules[0]');
    expect(getAt(workspace.active!.value, 'questions[0].rules[0].weight')).toBeUndefined();
    expect(workspace.redo()).toBe(true);
    expect(workspace.active!.value).toMatchObject({ questions: [{ rules: [{ weight: 3 }] }] });
    expect(workspace.redo()).toBe(false);
  });

  it('selects the part that holds a path, and follows a part that disappears', () => {
    const workspace = opened();
    workspace.select('sujet.json', 'questions[0].rules[0].where[0].value');
    expect(workspace.active!.selection).toBe('questions[0].rules[0]');
    workspace.edit('sujet.json', 'questions[0].rules', []);
    expect(workspace.active!.selection).toBe('questions[0]');
  });

  it('marks a document unsaved until its version is saved', () => {
    const workspace = opened();
    workspace.markSaved('sujet.json', workspace.active!.version);
    workspace.edit('sujet.json', 'title', 'Nouveau');
    const { version, savedVersion } = workspace.active!;
    expect(version).not.toBe(savedVersion);
    workspace.markSaved('sujet.json', version);
    expect(workspace.active!.savedVersion).toBe(version);
  });

  it('keeps the source view’s unreadable JSON as a problem of the part', () => {
    const workspace = opened();
    const problem = {
      path: 'questions[0]',
      code: 'json-syntax',
      severity: 'error' as const,
      fr: 'x',
      en: 'x',
    };
    workspace.setSourceProblem('sujet.json', problem);
    expect(workspace.problemsOf('sujet.json')[0]).toEqual(problem);
    workspace.setSourceProblem('sujet.json', undefined);
    expect(workspace.problemsOf('sujet.json')).not.toContainEqual(problem);
  });
});

describe('Workspace tabs', () => {
  const withThree = () => {
    const workspace = new Workspace();
    workspace.open('a.json', json(grid));
    workspace.open('b.json', json(subject));
    workspace.open('c.json', json(catalogue));
    return workspace;
  };

  it('opens each file in its own tab and activates the last one opened', () => {
    const workspace = withThree();
    expect(workspace.documents.map((doc) => doc.name)).toEqual(['a.json', 'b.json', 'c.json']);
    expect(workspace.active?.name).toBe('c.json');
    workspace.activate('a.json');
    expect(workspace.active?.name).toBe('a.json');
    workspace.activate('missing.json');
    expect(workspace.active?.name).toBe('a.json');
  });

  it('replaces a document reopened under the same name in place', () => {
    const workspace = withThree();
    workspace.open('a.json', json(subject));
    expect(workspace.documents.map((doc) => `${doc.name}:${doc.kind}`)).toEqual([
      'a.json:subject',
      'b.json:subject',
      'c.json:catalogue',
    ]);
  });

  it('activates the right neighbour, or else the left one, when the active tab closes', () => {
    const workspace = withThree();
    workspace.activate('b.json');
    workspace.close('b.json');
    expect(workspace.active?.name).toBe('c.json');
    workspace.close('c.json');
    expect(workspace.active?.name).toBe('a.json');
    workspace.close('a.json');
    expect(workspace.active).toBeUndefined();
    expect(workspace.documents).toEqual([]);
  });

  it('gives a new documents array after each change, for views that compare by identity', () => {
    const workspace = new Workspace();
    const seen = [workspace.documents];
    workspace.open('a.json', json(grid));
    seen.push(workspace.documents);
    workspace.open('a.json', json({ ...grid, title: 'Autre' }));
    seen.push(workspace.documents);
    workspace.close('a.json');
    seen.push(workspace.documents);
    expect(new Set(seen).size).toBe(4);
  });

  it('notifies subscribers of each change until they unsubscribe', () => {
    const workspace = new Workspace();
    let calls = 0;
    const unsubscribe = workspace.subscribe(() => {
      calls += 1;
    });
    workspace.open('a.json', json(grid));
    workspace.open('x.json', '{');
    unsubscribe();
    workspace.open('b.json', json(grid));
    expect(calls).toBe(2);
  });
});

describe('Workspace recordings', () => {
  it('opens a bundle as the recording the rules of the subject run on', async () => {
    const workspace = new Workspace();
    workspace.open('sujet.json', json(subject));
    const bundle = await makeBundle([
      {
        kind: 'content.published',
        data: { cms: 'wordpress', contentType: 'post', id: '1', title: 'Mon potager urbain' },
      },
    ]);
    const outcome = await workspace.openFile('02468-sujet-a.temoin.json', json(bundle));
    expect(outcome.ok).toBe(true);
    expect(workspace.documents).toHaveLength(1);
    expect(workspace.testRun?.questions[0]?.rules[0]).toMatchObject({ ruleId: 'r1', status: 'passed' });
    workspace.edit('sujet.json', 'questions[0].rules[0].where[0].value', 'absent');
    expect(workspace.testRun?.questions[0]?.rules[0]).toMatchObject({ status: 'failed' });
  });

  it('refuses a tampered bundle and keeps the recording open before', async () => {
    const workspace = new Workspace();
    const bundle = await makeBundle([
      { kind: 'task.noteSaved', data: { questionId: 'q1', text: 'a', length: 1 } },
    ]);
    await workspace.openFile('a.temoin.json', json(bundle));
    const tampered = structuredClone(bundle);
    (tampered.events[1]!.data as { text: string }).text = 'b';
    const outcome = await workspace.openFile('b.temoin.json', json(tampered));
    expect(outcome).toMatchObject({ ok: false, bundle: true });
    expect(workspace.problems[0]).toMatchObject({ path: 'events[1]', code: 'chain-broken' });
    expect(workspace.recording?.name).toBe('a.temoin.json');
  });
});
