/**
 * What each command does. `HANDLERS` is typed by the command list (models/commands.ts), so a
 * command without a handler does not compile; the palette lists every command, and greys out
 * those that need something not there (a subject, a question, a recording).
 */
import { LIBRARY, LIBRARY_IDS } from '../../../shared/rules/index.ts';
import type { CommandId } from '../models/commands.ts';
import { asArray, asRecord, getAt, joinPath, parsePath, toPath } from '../models/json-path.ts';
import { newAnnex, newLibraryRule, newQuestion, newRule, newVariable } from '../models/templates.ts';
import { subjectBase } from '../models/workspace.ts';
import { exportActive, newSubject } from './files.ts';
import type { Workbench } from './workbench.ts';

export interface CommandHandler {
  run(app: Workbench): void | Promise<void>;
  /** Whether the command can run now (default: always). */
  enabled?(app: Workbench): boolean;
}

/** The subject of the active document and, if the part shown is in a question, that question's path. */
const subjectPlace = (app: Workbench): { name: string; base: string; question?: string } | undefined => {
  const part = app.activePart();
  if (!part || part.doc.readOnly) return undefined;
  const base = subjectBase(part.doc.kind);
  if (base === undefined) return undefined;
  const segments = parsePath(part.node.path);
  const offset = parsePath(base).length;
  const question =
    segments[offset] === 'questions' && typeof segments[offset + 1] === 'number'
      ? toPath(segments.slice(0, offset + 2))
      : undefined;
  return { name: part.doc.name, base, ...(question ? { question } : {}) };
};

const appendTo = (app: Workbench, name: string, arrayPath: string, item: unknown): void => {
  const doc = app.workspace.document(name);
  if (!doc) return;
  const items = asArray(getAt(doc.value, arrayPath));
  app.workspace.edit(name, arrayPath, [...items, item]);
  app.reveal(name, joinPath(arrayPath, items.length), true);
};

/** Adds a rule from the library to a question (asks which one). */
export const pickLibraryRule = (app: Workbench, name: string, questionPath: string): void => {
  const doc = app.workspace.document(name);
  if (!doc) return;
  const base = subjectBase(doc.kind) ?? '';
  const subject = base ? getAt(doc.value, base) : doc.value;
  const cms = asRecord(subject).cms;
  const items = LIBRARY_IDS.filter((id) => {
    const entry = LIBRARY[id];
    return (
      entry.cms.includes('any') ||
      typeof cms !== 'string' ||
      cms === 'other' ||
      entry.cms.includes(cms as 'wordpress')
    );
  }).map((id) => ({ id, label: LIBRARY[id].title, description: `${LIBRARY[id].kind} · ${id}`, icon: 'zap' }));
  app.pick('quick.library', items, (id) => {
    const question = getAt(doc.value, questionPath);
    appendTo(
      app,
      name,
      joinPath(questionPath, 'rules'),
      newLibraryRule(subject, question, id as (typeof LIBRARY_IDS)[number]),
    );
  });
};

const hasSubject = (app: Workbench) => subjectPlace(app) !== undefined;

/** Appends a new part, made from the open subject (numbered after the others), to one of its lists. */
const addToSubject = (list: string, make: (subject: unknown) => unknown): CommandHandler => ({
  run: (app) => {
    const place = subjectPlace(app);
    if (!place) return;
    const subject = getAt(app.workspace.document(place.name)!.value, place.base);
    appendTo(app, place.name, joinPath(place.base, list), make(subject));
  },
  enabled: hasSubject,
});

export const HANDLERS: Record<CommandId, CommandHandler> = {
  'workbench.showCommands': { run: (app) => app.openQuickInput('>') },
  'workbench.quickOpen': { run: (app) => app.openQuickInput('') },
  'file.newSubject': {
    run: (app) =>
      app.pick(
        'quick.cms',
        [
          { id: 'wordpress', label: app.t('cms.wordpress'), icon: 'book' },
          { id: 'prestashop', label: app.t('cms.prestashop'), icon: 'book' },
        ],
        (id) => newSubject(app, id === 'prestashop' ? 'prestashop' : 'wordpress'),
      ),
  },
  'file.open': { run: (app) => app.chooseFile() },
  'file.save': { run: (app) => app.save() },
  'file.export': {
    run: (app) => exportActive(app),
    enabled: (app) => app.workspace.active !== undefined && !app.workspace.active.readOnly,
  },
  'file.close': {
    run: (app) => {
      const active = app.workspace.active;
      if (active) app.workspace.close(active.name);
    },
    enabled: (app) => app.workspace.active !== undefined,
  },
  'edit.undo': {
    run: (app) => {
      app.flushSource();
      app.workspace.undo();
    },
    enabled: (app) => (app.workspace.active?.history.undo.length ?? 0) > 0,
  },
  'edit.redo': {
    run: (app) => {
      app.flushSource();
      app.workspace.redo();
    },
    enabled: (app) => (app.workspace.active?.history.redo.length ?? 0) > 0,
  },
  'edit.addQuestion': addToSubject('questions', newQuestion),
  'edit.addRule': {
    run: (app) => {
      const place = subjectPlace(app);
      if (!place?.question) return;
      const value = app.workspace.document(place.name)!.value;
      appendTo(
        app,
        place.name,
        joinPath(place.question, 'rules'),
        newRule(getAt(value, place.base), getAt(value, place.question)),
      );
    },
    enabled: (app) => subjectPlace(app)?.question !== undefined,
  },
  'edit.addVariable': addToSubject('variables', newVariable),
  'edit.addAnnex': addToSubject('annexes', newAnnex),
  'edit.deletePart': {
    run: (app) => {
      const part = app.activePart();
      if (!part) return;
      const segments = parsePath(part.node.path);
      const index = segments.at(-1);
      if (typeof index !== 'number') return;
      const arrayPath = toPath(segments.slice(0, -1));
      const items = asArray(getAt(part.doc.value, arrayPath));
      app.workspace.edit(
        part.doc.name,
        arrayPath,
        items.filter((_, i) => i !== index),
      );
      app.reveal(part.doc.name, arrayPath);
    },
    enabled: (app) => {
      const part = app.activePart();
      return !!part && !part.doc.readOnly && typeof parsePath(part.node.path).at(-1) === 'number';
    },
  },
  'editor.showForm': { run: (app) => app.setUi({ editorMode: 'form' }) },
  'editor.showSource': { run: (app) => app.setUi({ editorMode: 'source' }) },
  'editor.showSplit': { run: (app) => app.setUi({ editorMode: 'split' }) },
  'editor.nextTab': {
    run: (app) => {
      const { documents, active } = app.workspace;
      const at = active ? documents.indexOf(active) : -1;
      const next = documents[(at + 1) % documents.length];
      if (next) app.workspace.activate(next.name);
    },
    enabled: (app) => app.workspace.documents.length > 1,
  },
  'editor.previousTab': {
    run: (app) => {
      const { documents, active } = app.workspace;
      const at = active ? documents.indexOf(active) : -1;
      const next = documents[(at - 1 + documents.length) % documents.length];
      if (next) app.workspace.activate(next.name);
    },
    enabled: (app) => app.workspace.documents.length > 1,
  },
  'view.toggleSidebar': { run: (app) => app.setUi({ sidebarVisible: !app.ui.sidebarVisible }) },
  'view.togglePanel': { run: (app) => app.togglePanel() },
  'view.explorer': { run: (app) => app.showView('explorer') },
  'view.tests': { run: (app) => app.showView('tests') },
  'view.review': { run: (app) => app.showView('review') },
  'view.harmonisation': { run: (app) => app.showView('harmonisation') },
  'view.problems': { run: (app) => app.showPanel('problems', true) },
  'problems.next': { run: (app) => app.goToProblem(1) },
  'problems.previous': { run: (app) => app.goToProblem(-1) },
  'test.openRecording': { run: (app) => app.chooseFile('recording') },
  'test.closeRecording': {
    run: (app) => app.workspace.closeRecording(),
    enabled: (app) => app.workspace.recording !== undefined,
  },
  'theme.pick': {
    run: (app) =>
      app.pick(
        'quick.theme',
        (['dark', 'light', 'high-contrast'] as const).map((theme) => ({
          id: theme,
          label: app.t(`theme.${theme}`),
          icon: 'color-mode',
          ...(app.ui.theme === theme ? { description: '✓' } : {}),
        })),
        (id) => app.setUi({ theme: id as 'dark' | 'light' | 'high-contrast' }),
      ),
  },
  'theme.dark': { run: (app) => app.setUi({ theme: 'dark' }) },
  'theme.light': { run: (app) => app.setUi({ theme: 'light' }) },
  'theme.highContrast': { run: (app) => app.setUi({ theme: 'high-contrast' }) },
  'language.toggle': { run: (app) => app.setUi({ locale: app.ui.locale === 'fr' ? 'en' : 'fr' }) },
};
